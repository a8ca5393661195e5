"""Texts and sidecar data of held-out set 6 (synthetic articles, real public-record events).

Each article: the .txt is the headline (= the sidecar's title) on the first line, a blank line,
then the body paragraphs separated by blank lines. Reported speech only, no quotation marks.
"""

ARTICLES = [
    dict(
        published="2021-07-17",
        outlet="Arghandab Courier",
        slug="spin-boldak-tashkent-accusations",
        title="Kabul and Islamabad trade charges after Taliban seize Spin Boldak",
        body="""KANDAHAR — Taliban fighters seized the Spin Boldak border crossing from Afghan government forces on Wednesday, taking control of one of the country's busiest trade routes to Pakistan.

Pakistani authorities closed the Chaman crossing on their side of the frontier the same day, leaving long lines of lorries and travellers stranded in Balochistan. Pakistani officials have given no date for reopening it.

Afghanistan's first vice president, Amrullah Saleh, accused the Pakistani air force on Thursday of warning the Afghan army that it would strike Afghan aircraft if they tried to drive the Taliban out of the area. Pakistan's Foreign Office rejected the claim hours later, saying Pakistan had taken measures only within its own territory to protect its troops and people.

The dispute moved to Tashkent on Friday, where President Ashraf Ghani and Prime Minister Imran Khan attended a regional connectivity conference hosted by Uzbekistan.

Speaking at the conference, Ghani accused Pakistan of failing to use its influence to bring the Taliban to serious negotiations and said more than 10,000 jihadist fighters had entered Afghanistan from Pakistan and elsewhere in the past month.

Khan rejected the charge at the same conference, telling delegates that no country had done more than Pakistan to push the Taliban towards talks and that blaming Islamabad for the fighting was unfair. He urged the Afghan government and the Taliban to reach a political settlement.

The Taliban, whose fighters have overrun dozens of districts since May, did not say whether they would allow trade through Spin Boldak to resume. Traders in Chaman said fruit and other perishable goods were already rotting in their trucks, and transporters warned of heavy losses if the closure lasted into the harvest season.""",
    ),
    dict(
        published="2021-07-20",
        outlet="Shakarparian Times",
        slug="afghan-envoy-daughter-recall",
        title="Afghanistan recalls envoy from Pakistan after his daughter is abducted",
        body="""ISLAMABAD — Afghanistan has pulled its ambassador and senior diplomats out of Pakistan after the ambassador's daughter was abducted and beaten in the Pakistani capital, adding a fresh dispute to an already tense relationship.

Silsila Alikhil, the daughter of Ambassador Najibullah Alikhil, was seized by unidentified men on Friday afternoon while travelling by taxi in Islamabad and was held for several hours, the Afghan foreign ministry said. No group has claimed the abduction.

The foreign ministry in Kabul announced on Sunday that the ambassador and other senior diplomats were being called home until the security threats facing the mission, including the abduction, had been resolved. A day earlier, the ministry had condemned the abduction and asked Pakistan to guarantee the safety of Afghan diplomats and their families.

Prime Minister Imran Khan ordered the interior minister, Sheikh Rashid Ahmed, on Saturday to find the culprits within 48 hours. Police in Islamabad said they were investigating the case and had questioned the taxi driver.

Pakistan's Foreign Office described the recall as unfortunate and regrettable in a statement late on Sunday and said the security of the ambassador and his family had already been strengthened. The Foreign Office urged Kabul to reconsider the decision.

Pakistani officials have since questioned parts of her account, saying camera footage of her movements that day did not match it. The Afghan government has not responded to those doubts.

The row came days after President Ashraf Ghani accused Pakistan at a regional conference in Tashkent on Friday of allowing thousands of militants to cross into Afghanistan. Imran Khan rejected the charge at the same meeting.

Diplomats in Islamabad said the two governments were still talking through back channels, but no date has been set for the envoy's return.""",
    ),
    dict(
        published="2022-02-24",
        outlet="Grand Trunk Review",
        slug="indian-wheat-convoy-wagah",
        title="First Indian wheat convoy for Afghanistan crosses into Pakistan",
        body="""AMRITSAR — India sent its first convoy of wheat for hungry Afghan families across the border into Pakistan on Tuesday, ending months of wrangling over how the grain would reach Afghanistan.

Fifty Afghan trucks carrying 2,500 tonnes of wheat were flagged off at the Attari crossing by India's foreign secretary, Harsh Vardhan Shringla, in the presence of the Afghan ambassador in New Delhi and officials of the World Food Programme. The trucks then crossed at Wagah for the long drive through Lahore and Peshawar to Torkham.

Speaking at the ceremony, Shringla said India would send a total of 50,000 tonnes of wheat to the Afghan people in batches, along with medicines.

The World Food Programme will distribute the grain to needy families from Jalalabad, in Nangarhar province, once the convoy arrives.

India first asked Pakistan in October to let the wheat travel overland. Trade between the two neighbours across Wagah has been largely frozen since 2019, and the request sat for weeks.

In November, Prime Minister Imran Khan said Pakistan would allow the Indian wheat through on an exceptional basis for humanitarian purposes. At the same time, he announced a Pakistani aid package worth five billion rupees for the Afghan people, including 50,000 tonnes of Pakistan's own wheat.

Islamabad eventually accepted that Afghan trucks, rather than Indian ones, would carry the grain across its territory.

Since December, India has also flown medicines and doses of COVID-19 vaccine to Kabul.

The Taliban administration, which India has not recognised, was not represented at the ceremony. Aid agencies say more than half of Afghanistan's population faces acute hunger this winter, and that the price of flour in Kabul's markets has risen sharply since the summer.""",
    ),
    dict(
        published="2022-03-06",
        outlet="Qissa Khwani Chronicle",
        slug="peshawar-shia-mosque-bombing",
        title="Islamic State claims Peshawar mosque bombing that killed dozens",
        body="""PESHAWAR — A suicide bomber struck a crowded Shia mosque in the Kocha Risaldar area of the old city here during Friday prayers, killing more than 60 worshippers and wounding nearly 200, according to hospital officials.

Police said the attacker first opened fire on two policemen guarding the entrance, killing one of them, before walking into the prayer hall and setting off his explosives.

The Islamic State's Khorasan branch, known as ISKP, claimed responsibility for the bombing hours later, saying it had targeted members of the Shia community.

Prime Minister Imran Khan condemned the attack the same evening and offered condolences to the families of the victims.

The foreign ministry of the Taliban government in Kabul also condemned the bombing, saying attacks on worshippers could not be justified. United Nations Secretary-General Antonio Guterres, the United States and the European Union issued condemnations as well.

A day after the bombing, Shia organisations announced three days of mourning and demanded that the provincial government arrest those who had helped the bomber. Funeral prayers were held on Saturday under tight security.

The attack came as Australia's cricket team played its first Test in Pakistan in 24 years, in Rawalpindi, and Cricket Australia said the tour would go on.

ISKP, which is based in Afghanistan, has rarely struck inside Pakistan on this scale. In October, the group killed dozens of worshippers in a suicide bombing at a Shia mosque in the northern Afghan city of Kunduz.

The Taliban government says it has largely crushed the group, a claim that diplomats in Kabul treat with caution.""",
    ),
    dict(
        published="2022-06-24",
        outlet="Urgun Valley Post",
        slug="paktika-earthquake-pakistan-aid",
        title="Pakistan rushes aid to Afghanistan after Paktika earthquake",
        body="""Pakistan sent trucks of food, tents and medicine across the border for Afghan earthquake survivors on Thursday, a day after the deadliest quake in Afghanistan in two decades killed more than 1,000 people in the eastern provinces of Paktika and Khost.

The convoy, organised by the National Disaster Management Authority, left through the Ghulam Khan crossing in North Waziristan, the nearest route to the worst-hit districts of Gayan and Barmal.

Prime Minister Shehbaz Sharif offered his condolences to the Afghan people on Wednesday and directed officials to help the victims.

Pakistan also eased entry rules at Ghulam Khan and Angoor Adda so that injured Afghans could be brought to hospitals in Khyber Pakhtunkhwa.

In Kabul, Bilal Karimi, a deputy spokesman of the Taliban government, appealed on Wednesday to international aid agencies to send help quickly, saying rescuers were struggling to reach remote villages.

Iran and Qatar were among the first countries to fly relief supplies to Kabul for the survivors.

The World Health Organization said its teams were treating the wounded in Gayan, where entire villages of mud houses collapsed.

The earthquake struck in the early hours of Wednesday, about 45 kilometres from the city of Khost, and was felt as far away as Islamabad and Lahore.

Islamabad sent several consignments of food and medicine to Afghanistan last year after the Taliban took power.

Neither Pakistan nor any other country has formally recognised the Taliban government, but aid officials said cooperation at the crossings had been quick. Relief workers warned that survivors sleeping in the open faced disease and hunger, and that heavy rain forecast for the coming days could cut the mountain roads to the worst-hit villages.""",
    ),
    dict(
        published="2023-01-04",
        outlet="Jamrud Observer",
        slug="sanaullah-remarks-taliban-response",
        title="Taliban bristle at Pakistani minister's warning over TTP hideouts",
        body="""ISLAMABAD — Pakistan's interior minister, Rana Sanaullah, said in a television interview last week that Pakistan could strike hideouts of the Tehreek-e-Taliban Pakistan inside Afghanistan if the Afghan authorities did not act against the group.

The remarks drew an angry response from Kabul. Zabihullah Mujahid, the Taliban government's chief spokesman, rejected the suggestion that Afghan soil was being used against Pakistan and urged Islamabad to address its security problems at home through dialogue.

A Taliban official also posted online a photograph of Pakistan's 1971 surrender to India, a jibe widely read as aimed at the minister.

On Monday, Pakistan's National Security Committee, meeting in Islamabad under Prime Minister Shehbaz Sharif, declared that no country would be allowed to provide sanctuaries or facilitation to terrorists and that anyone threatening Pakistan would be met with the full force of the state. The committee did not mention Afghanistan by name.

The exchange followed a surge in violence since the TTP ended its truce with the government in late November.

On December 23, a suicide bomber killed a policeman at a checkpoint in Islamabad's I-10 sector, an attack the TTP claimed.

Pakistan's Foreign Office has repeatedly urged the interim Afghan government to stop militants from using its territory.

Analysts in Peshawar said the public war of words would make quiet cooperation on the border harder, at a time when trade through Torkham and Chaman is already slowed by frequent disputes. They noted that both governments still depend on the crossings for revenue and that neither side has closed its embassy or ended contacts between officials.""",
    ),
    dict(
        published="2024-01-10",
        outlet="Kandahar Road Weekly",
        slug="fazlur-rehman-kabul-visit",
        title="Fazlur Rehman takes Pakistan's concerns to Taliban leaders in Kabul",
        body="""Maulana Fazlur Rehman, the head of the Jamiat Ulema-e-Islam-Fazl party, arrived in Kabul on Sunday at the invitation of the Taliban government, on a visit that comes as relations between the two neighbours are at a low.

Since his arrival, he has met the acting foreign minister, Amir Khan Muttaqi, and the interior minister, Sirajuddin Haqqani, according to the Taliban's foreign ministry.

Muttaqi asked him to help ease the plight of Afghan refugees facing expulsion from Pakistan, the ministry said.

Before leaving Pakistan, Fazl said he would urge the Taliban leadership to address Islamabad's concerns about attacks by the Tehreek-e-Taliban Pakistan.

A spokesman for his party said he would also travel to Kandahar to meet the Taliban's supreme leader, Hibatullah Akhundzada.

Pakistan's Foreign Office said the government had been informed of the trip but that Fazl was travelling in a private capacity.

Zabihullah Mujahid, the Taliban's chief spokesman, welcomed the visit and said Kabul wanted good relations with all its neighbours.

Pakistan began expelling undocumented Afghans in November, and hundreds of thousands have since crossed back into Afghanistan. The same month, the caretaker prime minister, Anwaar-ul-Haq Kakar, blamed Afghan nationals for a string of suicide bombings and accused the Taliban government of doing nothing to stop the TTP.

Pakistan has not recognised the Taliban government, but Fazl's party has long had close ties with the movement, and many Taliban leaders studied at seminaries run by his allies. Analysts in Peshawar said the visit could reopen channels that official contacts had failed to keep open, though few expected quick results on the militant attacks that have strained ties.""",
    ),
    dict(
        published="2024-07-01",
        outlet="Indus Frontier Daily",
        slug="azm-e-istehkam-kabul-warning",
        title="Kabul warns Pakistan as new campaign against militants is approved",
        body="""ISLAMABAD — Pakistan's top civilian and military leaders approved a new national campaign against militants, named Azm-e-Istehkam, at a meeting of the apex committee of the National Action Plan in Islamabad on June 22.

The prime minister's office said on June 24 that the campaign would not involve the large-scale displacement of people seen in earlier operations in the tribal districts.

Defence Minister Khawaja Asif said in an interview with a US broadcaster last week that Pakistan could strike hideouts of the Tehreek-e-Taliban Pakistan across the border in Afghanistan as part of the campaign. He also accused the Taliban government of sheltering the group's fighters, a charge Kabul has always rejected.

In Kabul, a spokesman for the Taliban government warned that any Pakistani attack on Afghan territory would have consequences and called the minister's remarks irresponsible.

The Pakistan Tehreek-e-Insaf of jailed former prime minister Imran Khan and the Jamiat Ulema-e-Islam-Fazl have rejected the campaign, saying parliament should have been consulted first.

Chinese officials pressed Pakistan last month to improve the security of Chinese nationals working on projects of the China-Pakistan Economic Corridor.

The TTP did not comment on the campaign.

Officials in Islamabad said the details of the operation, including its budget and the areas it would cover, were still being worked out, and that the provinces would be consulted. Residents of districts in Khyber Pakhtunkhwa that were emptied during earlier offensives said they feared being forced from their homes again, despite the assurances from the prime minister's office.""",
    ),
    dict(
        published="2024-07-02",
        outlet="Corniche Wire",
        slug="doha-un-meeting-taliban",
        title="Taliban attend UN talks on Afghanistan in Doha for the first time",
        body="""DOHA — A Taliban delegation joined United Nations talks on Afghanistan here on Sunday, the first time the movement's government has taken part in the series of meetings of special envoys that the UN began last year.

The two-day meeting, chaired by the UN's political affairs chief, Rosemary DiCarlo, ended on Monday. DiCarlo said afterwards that the Taliban's participation did not amount to recognition of their government.

In his speech on Sunday, the delegation's leader, Zabihullah Mujahid, urged the participating countries to lift sanctions and banking restrictions that he said were strangling Afghanistan's private sector.

On Monday, Mujahid told reporters here that the Taliban were ready to cooperate with the UN against drug production, and he asked donors to help poppy farmers switch to other crops.

He also met several delegations on the sidelines of the meeting, among them Pakistan's special envoy for Afghanistan, Asif Durrani, according to the Taliban.

Afghan women's rights groups criticised the UN for keeping women and civil society representatives out of the main sessions.

DiCarlo is due to meet civil society representatives, including Afghan women, here on Tuesday.

The Taliban declined an invitation to the previous round here in February, and were not invited to the first, in May last year.

No country has formally recognised the Taliban government. Diplomats said the talks had focused on practical matters such as the economy and counter-narcotics, and that the Taliban's restrictions on the education and work of women had been raised only on the margins.""",
    ),
    dict(
        published="2025-03-06",
        outlet="Foggy Bottom Digest",
        slug="sharifullah-abbey-gate-arrest",
        title="Trump thanks Pakistan for arrest of suspect in 2021 Kabul airport bombing",
        body="""WASHINGTON — President Donald Trump thanked Pakistan here on Tuesday night for helping to capture a commander of the Islamic State's Afghan branch who is wanted over the 2021 suicide bombing at Kabul airport.

Announcing the arrest in his address to a joint session of Congress, Trump said the suspect, Mohammad Sharifullah, was being brought to the United States to face justice.

Pakistani officials said their security forces had detained Sharifullah in the border region with Afghanistan and then handed him over to the United States.

The CIA director, John Ratcliffe, said the agency had provided the intelligence that led to the arrest.

Sharifullah appeared before a federal court in Alexandria, Virginia, on Wednesday, where prosecutors charged him with conspiring to provide material support to a terrorist organisation resulting in death.

Prime Minister Shehbaz Sharif welcomed Trump's remarks on Wednesday and said Pakistan would keep working closely with Washington against terrorism.

The suicide bombing at the airport's Abbey Gate on August 26, 2021, which the group claimed, killed 13 US service members and about 170 Afghans as crowds tried to reach evacuation flights.

Trump has long blamed his predecessor, Joe Biden, for the chaotic withdrawal from Afghanistan.

The Taliban government did not comment on the arrest. Analysts said the case could help Islamabad repair ties with the new administration, which had been cool towards Pakistan, while the families of the service members killed at the gate said they hoped the trial would finally answer their questions about the attack.""",
    ),
]
