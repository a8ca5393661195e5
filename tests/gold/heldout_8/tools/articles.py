"""Texts and sidecar data of held-out set 8 (synthetic articles, the annotator's own words)."""

ARTICLES = [
    dict(
        published="2021-10-22",
        outlet="Darul Aman Gazette",
        slug="qureshi-kabul-visit",
        title="Qureshi makes first Kabul trip since Taliban takeover, promises food and medicine",
        body="""
KABUL (Darul Aman Gazette) — Pakistan's Foreign Minister Shah Mahmood Qureshi flew into Kabul on Thursday, the first visit by a Pakistani foreign minister since the Taliban seized power in August.

Qureshi and the head of the Inter-Services Intelligence, Lt Gen Faiz Hameed, met the acting prime minister, Mohammad Hasan Akhund, at the presidential palace. Qureshi also held separate talks with the acting foreign minister, Amir Khan Muttaqi, officials from both sides said.

During the talks, Qureshi promised that Pakistan would send food, medicine and other emergency supplies to Afghanistan before the winter. He urged the Taliban to form a government that included all ethnic groups and to let girls return to school.

Muttaqi asked Pakistan to ease the movement of Afghan traders and patients across the border and to let Afghan fruit pass through its ports without delays. The Taliban assured the Pakistani delegation that Afghan soil would not be used against any neighbour, according to a statement from the Afghan foreign ministry.

Afterwards, Qureshi told reporters here that Pakistan had decided to issue visas on arrival at Torkham to Afghans who need medical treatment. Muttaqi accepted an invitation to visit Islamabad, the Pakistani side said.

Taliban spokesman Zabihullah Mujahid thanked Pakistan for its help in a message posted on Thursday evening.

Pakistan has not formally recognised the Taliban government, and Qureshi said any such step would be taken together with other countries in the region.

Last month, the foreign ministers of Afghanistan's neighbours held a virtual meeting hosted by Pakistan. Qureshi will travel to Tehran next week for the second round of that forum.

In Islamabad, Prime Minister Imran Khan said on Wednesday that the world should engage with the new rulers in Kabul rather than isolate them.
""",
    ),
    dict(
        published="2022-06-04",
        outlet="Malakand Monitor",
        slug="kabul-jirga-ttp-truce",
        title="Tribal jirga back from Kabul as TTP extends truce indefinitely",
        body="""
A jirga of more than 50 tribal elders, clerics and politicians from Khyber Pakhtunkhwa held two days of talks with leaders of the banned Tehreek-e-Taliban Pakistan in Kabul, beginning on Wednesday.

The meetings were hosted by the acting Afghan interior minister, Sirajuddin Haqqani, who has acted as a go-between since the contacts began last year.

The following day, the TTP announced that it had extended its ceasefire with the government indefinitely.

Members of the jirga said they had pressed the militants to drop their demand for a reversal of the 2018 merger of the former tribal areas with the province. The TTP insisted on the reversal and on the release of its jailed members, according to two participants.

Barrister Mohammad Ali Saif, a spokesman for the provincial government who was part of the jirga, told a news conference in Peshawar on Friday that the talks had made progress. He said a smaller committee would return to Kabul later this month.

Pakistan freed two jailed TTP commanders last month as a goodwill gesture, officials confirmed.

The Taliban government's spokesman, Zabihullah Mujahid, urged both sides to show flexibility and said Kabul wanted a lasting settlement.

The Awami National Party criticised the federal government for negotiating with the militants without taking parliament into confidence. The TTP denied reports that it had agreed to disband its armed wing.

The group observed a month-long truce in November last year. It ended that truce in December, saying the talks had stalled.

Attacks on police and soldiers in the province have fallen since the ceasefire began, though officials say the militants have not given up their weapons.
""",
    ),
    dict(
        published="2024-01-19",
        outlet="Pishin Post",
        slug="chaman-passport-sit-in",
        title="Chaman protesters block border highway as sit-in against passport rule drags on",
        body="""
CHAMAN — Thousands of porters and small traders blocked the highway to the Friendship Gate crossing here on Wednesday, demanding that the federal government withdraw its requirement for passports and visas.

The protesters have held a sit-in near the crossing since October, when Islamabad announced that border residents could no longer cross on their national identity cards.

A day earlier, leaders of the sit-in met the caretaker chief minister of Balochistan, Ali Mardan Domki, in Quetta, but the talks ended without agreement.

The provincial government has offered a monthly allowance to porters who lost their work and promised to speed up the issue of passports, officials said. Protest leaders rejected the offer and said they would stay on the road until the old system was restored.

The interior ministry in Islamabad said last week that the passport rule was a matter of national security and would not be reversed.

Across the border in Spin Boldak, Afghan traders held a rally on Thursday in support of the Chaman protesters. Taliban officials in Kandahar urged Pakistan to return to the earlier arrangement, saying the new rule had cut the income of thousands of families on both sides.

No violence was reported on Wednesday, and police made no attempt to clear the road.

Goods trucks have continued to cross, though their drivers now also need visas. Pakistan began deporting undocumented Afghans in November, and thousands of families have since been sent back through Chaman.

For generations, people from Chaman and Spin Boldak have crossed daily to work, trade and visit relatives, and local elders say the rule divides families that live on both sides of the line.
""",
    ),
    dict(
        published="2025-01-13",
        outlet="Jinnah Avenue Journal",
        slug="islamabad-girls-education-summit",
        title="Malala urges Muslim leaders not to legitimise Taliban at Islamabad summit",
        body="""
Nobel laureate Malala Yousafzai urged Muslim leaders on Sunday not to legitimise the Taliban government in Afghanistan, speaking at an international conference on education for girls in Islamabad.

She accused the Taliban of running a system of gender apartheid and said the group treats women as less than human.

The two-day meeting, organised by Pakistan with the Muslim World League, was opened on Saturday by Prime Minister Shehbaz Sharif, who called the education of girls a religious and economic duty. Sharif called on Muslim countries to pool money for schools and scholarships for girls.

The secretary-general of the Muslim World League, Mohammad al-Issa, called on Sharif at his office on Saturday before the opening session.

Pakistan and the Muslim World League signed a declaration on education for girls at the close of the conference on Sunday.

The Taliban government was invited but did not send a delegation, Pakistan's education minister, Khalid Maqbool Siddiqui, told reporters on Saturday.

In Kabul, the Taliban government's deputy spokesman, Hamdullah Fitrat, rejected Malala's criticism on Monday and said the rights of women were protected under Islamic law.

The Taliban barred girls from secondary schools in March 2022 and banned women from universities in December of that year. Afghanistan is the only country in the world where girls cannot study beyond the sixth grade, according to the United Nations.

Malala, who was shot by Pakistani Taliban gunmen in the Swat valley in 2012, was making a rare trip to her home country. Delegates from more than 40 countries attended the meeting, which was held at a hotel in the capital.
""",
    ),
    dict(
        published="2025-02-03",
        outlet="Sibi Sentinel",
        slug="kalat-mangochar-attack",
        title="Eighteen paramilitary soldiers killed in Kalat attack claimed by BLA",
        body="""
QUETTA — Militants attacked a paramilitary post near Mangochar in Kalat district late on Friday, killing 18 soldiers of the Frontier Corps, the military said. The outlawed Balochistan Liberation Army claimed the attack in a statement on Saturday.

Security forces killed 12 militants in an operation in the area the following morning, according to the military's media wing.

Prime Minister Shehbaz Sharif condemned the attack and paid tribute to the soldiers. The military's media wing said the attackers were backed by India, a charge New Delhi has rejected in the past.

The provincial government suspended mobile internet in Kalat and two neighbouring districts on Saturday.

Interior Minister Mohsin Naqvi flew here on Saturday and met the chief minister of Balochistan, Sarfraz Bugti. Speaking to reporters after the meeting, Naqvi said Kabul must not allow its territory to be used by militants who attack Pakistan.

In Kabul, Taliban spokesman Zabihullah Mujahid rejected the minister's remarks on Sunday, saying Afghanistan had no link to the violence in Balochistan.

The BLA has stepped up its attacks since August last year, when its fighters struck police stations, highways and a railway bridge in several districts of the province in a single night.

Funeral prayers for the soldiers were held in Quetta on Saturday. The highway between Quetta and Karachi, which passes through Kalat, was reopened to traffic on Sunday after being closed for most of the weekend.

Officials in Kalat said the post had come under attack several times in the past year, and residents said many families had moved to Quetta because of the violence.
""",
    ),
    dict(
        published="2025-04-18",
        outlet="Arbat Review",
        slug="russia-lifts-taliban-ban",
        title="Russian court lifts ban on Taliban after more than two decades",
        body="""
MOSCOW — Russia's Supreme Court suspended the ban on the Taliban at a closed hearing here on Thursday, removing the movement from the country's list of terrorist organisations.

The Prosecutor General's Office had asked the court earlier this month to lift the ban, under a law adopted last year that allows groups to be taken off the list.

Hours later, the Taliban foreign ministry in Kabul welcomed the decision and thanked Moscow.

On Friday, Foreign Minister Amir Khan Muttaqi received the Russian ambassador, Dmitry Zhirnov, in Kabul, and said the two countries could now expand trade.

Russia designated the Taliban a terrorist organisation in 2003. Kazakhstan removed the group from its own list in December 2023, and Kyrgyzstan followed in September 2024.

President Vladimir Putin called the Taliban allies in the fight against terrorism in July last year.

Russia has not formally recognised the Taliban government, and officials in Moscow gave no timetable for such a step.

In Islamabad, the Foreign Office spokesman, Shafqat Ali Khan, said at the weekly briefing on Thursday that Pakistan respected Russia's decision. He urged all partners of Kabul to press it to act against the Tehreek-e-Taliban Pakistan, which Islamabad blames for most attacks in its northwest.

A Taliban delegation is expected to attend an economic forum in Kazan next month.

Russian companies have shown interest in Afghan minerals and in a gas pipeline across the country, but analysts say banks remain wary of sanctions. Trade between the two countries has grown since 2021, mostly in fuel, wheat and flour.
""",
    ),
    dict(
        published="2025-06-30",
        outlet="Razmak Recorder",
        slug="mir-ali-convoy-bombing",
        title="Thirteen soldiers killed as suicide bomber hits convoy in North Waziristan",
        body="""
PESHAWAR — A suicide bomber rammed an explosives-laden vehicle into a military convoy in Mir Ali in North Waziristan on Saturday, killing 13 soldiers and wounding several civilians, officials said. A faction of the Hafiz Gul Bahadur group claimed responsibility.

Late on Saturday, the military's media wing blamed the attack on militants backed by India. India's foreign ministry rejected the accusation the following day.

Authorities imposed a curfew in Mir Ali and nearby villages on Sunday as soldiers searched for the bomber's accomplices.

Prime Minister Shehbaz Sharif condemned the bombing and offered condolences to the families of the soldiers.

Two days after the attack, Defence Minister Khawaja Asif told a news conference in Sialkot that the bomber's handlers were based in Afghanistan, and accused the Taliban government of doing nothing to stop them. Kabul did not respond to the accusation.

In a separate operation in Datta Khel late on Friday, soldiers killed several militants, the military said.

The army launched a major offensive in North Waziristan in 2014 that drove many fighters into Afghanistan. Gul Bahadur's fighters have since regrouped, and his faction has claimed several attacks on security forces this year.

Residents of Mir Ali said shops and the main bazaar stayed shut on Sunday and Monday. Several houses near the road were damaged by the blast, and two of the wounded civilians were children, a local official said.

The convoy was travelling from Bannu towards Miranshah when it was hit, according to officials, who said the vehicle used in the attack had been packed with several hundred kilograms of explosives.
""",
    ),
    dict(
        published="2025-07-26",
        outlet="Karkhano Bazaar Journal",
        slug="early-harvest-tariff-cut",
        title="Pakistan and Afghanistan cut tariffs on fruit and vegetables",
        body="""
Pakistan and Afghanistan have agreed to cut import duties on a short list of fruits and vegetables, Pakistan's commerce ministry said on Thursday, in the first trade deal between the two governments since the Taliban returned to power.

Under the arrangement, Pakistan will lower duties on Afghan grapes, pomegranates, apples and tomatoes, while Afghanistan will do the same for Pakistani mangoes, oranges, bananas and potatoes from August 1.

The deal was negotiated during a visit to Kabul earlier this month by a Pakistani delegation led by the commerce secretary, Jawad Paul.

Traders in Peshawar called the deal a modest start and urged both governments to keep the Torkham crossing open around the clock.

A spokesman for the Taliban commerce ministry said on Friday that Kabul also wanted Pakistan to ease visa rules for Afghan truck drivers, who have needed visas since last year.

In 2023, Pakistan imposed a processing fee on goods shipped to Afghan traders through its ports and barred the transit of several items. Many Afghan importers moved their business to Iranian ports as a result.

In April, Pakistan eased visa rules for Afghans after talks in Kabul.

An Afghan delegation will travel to Islamabad next month to review the arrangement at a meeting of the joint coordination committee.

Traders on both sides say the deal is small but could be widened to other goods. Trade between the two countries fell sharply over the past three years as border closures, new fees and the expulsion of Afghans from Pakistan strained relations.

Fruit exporters in Kandahar said they hoped the lower duties would help them compete with Iranian and Central Asian produce in Pakistani markets.
""",
    ),
    dict(
        published="2025-08-08",
        outlet="Tarnol Times",
        slug="por-card-holders-deportation",
        title="UN agency urges Pakistan to halt expulsion of registered Afghan refugees",
        body="""
The UN refugee agency urged Pakistan on Wednesday to stop deporting Afghans who hold Proof of Registration cards, saying many of them would face danger if sent back.

Police in Islamabad, Rawalpindi and Quetta have detained hundreds of card holders this week, refugee leaders said. The interior ministry on Monday ordered that all holders of the cards, which expired on June 30, be sent back to Afghanistan.

In a raid late on Tuesday, police detained dozens of Afghan families in a settlement near Tarnol, on the outskirts of Islamabad. A day later, the Taliban ministry of refugees in Kabul called on Pakistan to give the refugees time to leave and to treat them with dignity.

Kabul's ambassador, Sardar Ahmad Shakib, met officials at the Foreign Office in Islamabad to raise the arrests, the Afghan embassy said.

At his weekly briefing on Thursday, Foreign Office spokesman Shafqat Ali Khan dismissed the criticism and said the returns were orderly and dignified. He said Pakistan would step up deportations through Torkham and Chaman from Monday.

Pakistan began expelling undocumented Afghans in November 2023 and ordered holders of Afghan Citizen Cards to leave earlier this year. More than 1.3 million Afghans hold the registration cards.

The UN agency did not say how many card holders had been deported so far.

Many of the card holders were born in Pakistan and have never lived in Afghanistan, community leaders said, and some families have sold their belongings at low prices ahead of the journey.
""",
    ),
    dict(
        published="2025-08-29",
        outlet="Kama Valley Herald",
        slug="nangarhar-khost-strikes-envoy-summoned",
        title="Kabul summons Pakistani envoy after deadly strikes in Nangarhar and Khost",
        body="""
Pakistani aircraft struck houses in Nangarhar and Khost provinces late on Wednesday, killing at least three civilians, Taliban officials said. Pakistan's military did not comment on the strikes.

The Taliban foreign ministry summoned Pakistan's ambassador, Ubaid-ur-Rehman Nizamani, to its offices in Kabul on Thursday and handed him a protest note. The ministry said the strikes violated Afghan sovereignty and warned that Pakistan would bear the consequences.

A Pakistani security official, speaking on condition of anonymity, denied that civilians had been hit.

The strikes came after the Pakistani army launched an offensive earlier this month against militants in the Loi Mamund area of Bajaur district, which borders Kunar. Tens of thousands of residents have fled the fighting.

Pakistani officials have accused Kabul of allowing fighters of the Tehreek-e-Taliban Pakistan to cross into Bajaur from Kunar.

Pakistan's special representative for Afghanistan, Mohammad Sadiq, spoke by phone with Foreign Minister Amir Khan Muttaqi on Thursday evening, according to the Afghan side. During the call, Muttaqi asked Pakistan to stop the strikes and to raise its concerns through dialogue.

At a regular briefing in Beijing on Thursday, a Chinese foreign ministry spokesman urged both countries to exercise restraint.

Relatives of the dead held funerals on Thursday, and local officials in Nangarhar said several houses had been destroyed. Residents said the aircraft struck shortly before midnight, when most families were asleep.

The two neighbours upgraded their diplomatic ties to the level of ambassadors only three months ago, and officials on both sides had spoken of a new start in relations.
""",
    ),
]
