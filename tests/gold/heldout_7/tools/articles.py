"""Texts and sidecar data of held-out set 7 (synthetic articles, written by the annotator)."""

ARTICLES = [
    dict(published="2023-01-06", outlet="Sheberghan Ledger", slug="chinese-oil-contract-kabul",
         title="Taliban sign oil extraction deal with Chinese company",
         body="""
KABUL (Sheberghan Ledger) — The Taliban administration signed a 25-year contract with a Chinese company on Thursday to extract oil from the Amu Darya basin in northern Afghanistan, the first major international energy deal since the group returned to power.

The contract with the Xinjiang Central Asia Petroleum and Gas Company was signed at a ceremony in Kabul attended by China's ambassador, Wang Yu, and the deputy prime minister for economic affairs, Abdul Ghani Baradar.

Under the deal, the company agreed to invest 150 million dollars a year in Afghanistan, rising to 540 million dollars over three years, officials of the ministry of mines and petroleum told reporters.

Speaking at the ceremony, Wang said China would continue to help Afghanistan develop its economy and its natural resources.

At the same event, Baradar thanked China for its support and said the project would create thousands of jobs in Sar-e Pul, Jawzjan and Faryab provinces.

Wang called on Baradar at his office the following morning to discuss security for Chinese staff, according to a statement from Baradar's office.

Security remains a worry for Chinese investors. In December, gunmen attacked a Kabul hotel popular with Chinese visitors, wounding several Chinese nationals in an assault that was claimed by the Islamic State group.

China urged the Taliban at the time to protect its citizens and projects.

The Taliban government's spokesman, Zabihullah Mujahid, said on Friday that the contract showed Afghanistan was safe for investment and called on other countries to follow China's example.

Beijing has not formally recognised the Taliban government, and no other country has done so either.

In 2011, the government of Hamid Karzai awarded rights to the same fields to China National Petroleum Corporation, but that project stalled amid insecurity and disputes over its terms.
"""),
    dict(published="2023-05-03", outlet="Lusail Evening Post", slug="doha-un-meeting-without-taliban",
         title="UN meeting on Afghanistan ends in Doha without the Taliban",
         body="""
A two-day United Nations meeting on Afghanistan ended in Doha on Tuesday, with special envoys from about 25 countries and organisations discussing a common approach to the Taliban, who were not invited.

Secretary-General Antonio Guterres, who chaired the closed-door talks, told a news conference afterwards that he would be ready to meet the Taliban leadership when the time was right.

He condemned the ban on Afghan women working for the United Nations as a violation of their fundamental rights and said the world body would not abandon the Afghan people.

The Taliban barred women from universities in December and extended their restrictions to Afghan women employed by UN agencies last month.

The Security Council had condemned that ban unanimously on April 27 and called on the Taliban to reverse it swiftly.

Pakistan's special envoy for Afghanistan, who attended the meeting, urged the participants to stay engaged with the interim government in Kabul and to help revive the Afghan economy, the Foreign Office said.

In Kabul, the Taliban foreign ministry said on Wednesday that any meeting on Afghanistan held without its representatives was discriminatory and counterproductive.

It also rejected calls to lift the restrictions on women, describing them as an internal matter.

On Saturday, a small group of Afghan women gathered in a private home in Kabul to protest against any move towards recognising the Taliban government.

Diplomats said the closed meeting was not meant to discuss recognition, and several envoys said privately that the talks had produced no new plan.
"""),
    dict(published="2023-10-01", outlet="Kalat Times", slug="mastung-hangu-bombings",
         title="Bombings in Mastung and Hangu kill dozens as minister points at India",
         body="""
QUETTA — A suicide bomber blew himself up among people gathering for a procession to mark the birthday of the Prophet Muhammad in Mastung district on Friday, killing more than 50 of them, officials said.

Hours later, another bomber struck a mosque inside a police station in the Doaba area of Hangu district in Khyber Pakhtunkhwa during Friday prayers, killing at least five worshippers.

No group has claimed either attack.

Caretaker Interior Minister Sarfraz Bugti told reporters here on Saturday that India's intelligence agency was involved in the Mastung bombing, without giving evidence.

India has rejected such accusations in the past as baseless.

A day earlier, the Pakistani Taliban, or TTP, said in a statement that it had no part in either bombing.

Caretaker Prime Minister Anwaar-ul-Haq Kakar condemned the attacks on Friday and ordered the security forces to track down those responsible.

Police in Mastung said they had registered a case against unknown attackers and begun an investigation.

Doctors at hospitals in Mastung and Quetta said many of the wounded were children, and the provincial government declared a day of mourning.

The Taliban government in Kabul also condemned the bombings and offered condolences to the families of the victims.

Islamabad has repeatedly accused the Taliban of allowing the TTP to operate from Afghan soil, a charge Kabul denies.

Mastung lies about 50 kilometres south of Quetta and has seen several large attacks on religious gatherings and political rallies in recent years.
"""),
    dict(published="2023-10-13", outlet="Harirud Courier", slug="herat-earthquake-aid",
         title="Aid trickles into Herat as another strong quake shakes the province",
         body="""
HERAT — Another earthquake of magnitude 6.3 struck this western province on Wednesday, days after a series of quakes on Saturday killed more than 1,000 people, most of them in villages of Zinda Jan district, according to Taliban officials.

Taliban authorities deployed soldiers and helicopters to Zinda Jan on Saturday to help pull survivors from the rubble, the defence ministry said.

Pakistan's Foreign Office offered condolences to the government and people of Afghanistan the same day.

On Tuesday, Pakistan's caretaker government said it had dispatched a first consignment of tents, blankets and food to survivors in Herat, and the National Disaster Management Authority said more would follow.

Iran sent trucks carrying food and medicine to the quake survivors through the Islam Qala crossing on Sunday, provincial officials said.

China has pledged 30 million yuan in emergency aid to Afghanistan, its foreign ministry said.

The United Nations released 5 million dollars from its emergency fund for the survivors, and aid agencies warned that families sleeping in the open would need shelter before winter.

The Taliban administration has appealed to international donors for urgent help with shelter and medicine.

Many of the dead in Zinda Jan were women and children who were at home when the mud-brick houses collapsed, local officials said.

The aid from Pakistan came as Islamabad pressed ahead with a plan, announced last week, to expel undocumented Afghans who do not leave by November 1.

The Taliban have urged Pakistan to reconsider the decision.
"""),
    dict(published="2023-11-09", outlet="Constitution Avenue Post", slug="kakar-accuses-kabul-attacks",
         title="Kakar says attacks rose sharply since Taliban takeover, defends expulsions",
         body="""
Pakistan's caretaker prime minister, Anwaar-ul-Haq Kakar, accused the Taliban government on Wednesday of failing to act against militants who use Afghan soil to attack Pakistan.

Speaking at a news conference in Islamabad, he said terrorist attacks in Pakistan had risen by 60 percent and suicide bombings by 500 percent since the Taliban took power in August 2021.

He said Pakistan had repeatedly asked the Taliban to hand over leaders of the Tehreek-e-Taliban Pakistan, or TTP, who were sheltering in Afghanistan, but had seen no action.

Kakar warned that Pakistan could act on its own against the TTP wherever its fighters were based.

He also defended Pakistan's expulsion of undocumented Afghans, which began earlier this month and has sent most of them home through the Torkham crossing.

Officials said more than 250,000 Afghans had returned since the plan was announced in October.

This week, police arrested hundreds of Afghans without papers in raids in Karachi and Islamabad, rights groups said.

In Kabul, the Taliban's chief spokesman, Zabihullah Mujahid, rejected Kakar's accusations late on Wednesday, saying Pakistan should address its own security failures instead of blaming Afghanistan.

He urged Islamabad to halt the deportations and to treat Afghan refugees with dignity.

The UN refugee agency has called on Pakistan to suspend the forced returns, warning that women, girls and former government employees could face serious risks in Afghanistan.

The United States has asked Pakistan to protect Afghans who are waiting to be resettled in America, a State Department spokesman said.
"""),
    dict(published="2024-01-02", outlet="East River Gazette", slug="unsc-special-envoy-resolution",
         title="Security Council asks Guterres to name Afghanistan envoy; Taliban object",
         body="""
The UN Security Council on Friday asked Secretary-General Antonio Guterres to appoint a special envoy for Afghanistan, a step the Taliban government says it does not need.

Resolution 2721, drafted by the United Arab Emirates and Japan, was adopted in New York by 13 votes to none, with China and Russia abstaining.

The resolution also called on the Taliban to reverse their restrictions on women and girls, including the bans on secondary and university education.

China's representative said Beijing had abstained because the views of the Afghan side had not been fully taken into account.

In Kabul, the Taliban foreign ministry said on Saturday that a special envoy was unnecessary because Afghanistan was not in conflict, and that the Islamic Emirate would not accept one.

It called on the United Nations to work directly with the authorities in Kabul instead.

A group of Afghan women's rights activists living in exile welcomed the resolution on Sunday and asked Guterres to appoint a woman to the post.

Diplomats said Guterres was expected to consult the Taliban and neighbouring countries before making the appointment.

The council renewed the mandate of the UN mission in Afghanistan for a year in March, and the mission has said its work will continue unchanged until an envoy is named.

Separately, Kazakhstan removed the Taliban from its national list of banned organisations last week, its foreign ministry said.
"""),
    dict(published="2024-07-12", outlet="Blue Area Bulletin", slug="por-card-extension",
         title="Cabinet extends stay of registered Afghan refugees for another year",
         body="""
ISLAMABAD — Pakistan's federal cabinet on Wednesday extended the Proof of Registration cards of about 1.45 million Afghan refugees until June 30 next year, the information ministry said.

The decision was taken at a meeting here chaired by Prime Minister Shehbaz Sharif, after the previous extension expired at the end of June.

The UN refugee agency, UNHCR, welcomed the extension on Thursday and thanked Pakistan for hosting Afghan refugees for more than four decades.

It urged the government to stop all forced returns of Afghans, including those without documents.

The agency's representative in Pakistan called on Amir Muqam, the minister for states and frontier regions, on the same day to discuss the future of the refugees.

In Kabul, the Taliban's ministry of refugees and repatriation welcomed the decision but called on Islamabad to stop detaining Afghans who lack documents.

Afghan residents of Karachi said police had detained dozens of men in raids this week.

Pakistan began expelling undocumented Afghans in November last year, and more than 600,000 have since gone back to Afghanistan, according to the International Organization for Migration.

Refugee elders in Peshawar said the one-year extension gave families some relief but left them unable to plan beyond next summer.

A Pakistani delegation is expected to travel to Kabul next week for talks on refugees and trade, the Foreign Office said at its weekly briefing on Thursday.
"""),
    dict(published="2025-03-02", outlet="Kabul River Times", slug="haqqania-seminary-bombing",
         title="Cleric killed in suicide bombing at Haqqania seminary; Kabul mourns",
         body="""
A suicide bomber struck the Darul Uloom Haqqania seminary in Akora Khattak after Friday prayers, killing its deputy head, Maulana Hamid-ul-Haq Haqqani, and at least five other worshippers, police said.

The provincial police chief said Haqqani, who also led his own faction of the Jamiat Ulema-e-Islam party, had been the main target of the attack in Nowshera district.

No group has claimed responsibility for the bombing.

Prime Minister Shehbaz Sharif condemned the attack on Friday and ordered an inquiry.

In Kabul, the Taliban government's spokesman, Zabihullah Mujahid, condemned the bombing and offered condolences to Haqqani's family, calling him a respected scholar.

Many senior Taliban figures studied at the seminary, which was founded by Haqqani's grandfather in 1947 and has been called the university of jihad.

Haqqani's father, Sami-ul-Haq, was stabbed to death in his home in Rawalpindi in November 2018.

Police said on Saturday they had detained several people in Nowshera for questioning.

Khyber Pakhtunkhwa's chief minister, Ali Amin Gandapur, called on the federal government the same day to open talks with Kabul on stopping militants from crossing the border.

Maulana Fazlur Rehman, who leads the main faction of the Jamiat Ulema-e-Islam, demanded that the government protect seminaries and religious scholars.

Thousands of mourners attended the funeral prayers at the seminary, where Haqqani was buried beside his father.
"""),
    dict(published="2025-03-06", outlet="Marwat Gazette", slug="bannu-cantonment-attack",
         title="Military says Bannu cantonment attack was directed from Afghanistan",
         body="""
BANNU — Two suicide bombers rammed explosives-laden vehicles into the wall of the military cantonment here as people broke their fast on Tuesday evening, killing five soldiers and 13 civilians, before other militants tried to storm the compound.

Security forces killed all 16 attackers in a gunfight that lasted several hours, the military said.

A group called Jaish al-Fursan, which is linked to the Hafiz Gul Bahadur faction, claimed responsibility for the attack.

The military's media wing said on Wednesday that the attackers had been directed by handlers in Afghanistan, and it accused the interim Afghan government of failing to stop militants from using its territory.

It said Pakistan expected Kabul to take effective action against those responsible.

The Taliban government has consistently denied that it allows militants to operate from Afghan soil.

President Asif Ali Zardari and Prime Minister Shehbaz Sharif condemned the attack late on Tuesday.

Two days after the attack, police said they had arrested three men suspected of helping the bombers reach the cantonment.

The provincial government said it would hold a jirga with tribal elders in Bannu on Saturday to discuss security in the district.

Residents said the blasts brought down part of a nearby mosque and several houses, and rescue workers pulled bodies from the rubble through the night.

Bannu borders North Waziristan, where the army launched a major operation against militants in 2014.
"""),
    dict(published="2025-10-13", outlet="Raisina Review", slug="muttaqi-new-delhi-visit",
         title="India to upgrade Kabul mission as Muttaqi visits; Pakistan objects to joint statement",
         body="""
India will upgrade its technical mission in Kabul to a full embassy, its external affairs minister, Subrahmanyam Jaishankar, announced on Friday after talks in New Delhi with the Taliban's foreign minister, Amir Khan Muttaqi.

Muttaqi arrived in New Delhi on Thursday for a week-long visit, the first by a senior Taliban minister since the group returned to power in 2021.

The UN Security Council committee that oversees sanctions on Taliban leaders had temporarily lifted a travel ban on him to allow the trip.

In a joint statement issued after the talks, India and Afghanistan agreed to expand trade and air links.

India also pledged to fund new health and infrastructure projects in Afghanistan.

At a news conference at the Afghan embassy the same day, Muttaqi said Afghanistan would not allow any group to use its territory against India.

The exclusion of women journalists from that news conference drew criticism from Indian opposition politicians, and Muttaqi held a second one with women reporters present on Sunday.

Pakistan's Foreign Office summoned Afghanistan's ambassador in Islamabad on Saturday to convey its strong reservations over the joint statement, which referred to Jammu and Kashmir as part of India.

The Foreign Office said the reference violated UN Security Council resolutions on Kashmir and urged Kabul to respect the rights of the Kashmiri people.

It also rejected Muttaqi's remark that terrorism was an internal problem of Pakistan.

India has sent wheat, medicines and vaccines to the Afghan people since 2021.

Muttaqi was due to address Indian business leaders at a trade event in New Delhi on Monday.
"""),
]
