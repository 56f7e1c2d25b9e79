package index

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// lineCase is one invented one-paragraph story and what its answer lines
// must and must not say. Each case guards one rule of answer extraction;
// why says which, in a user's terms.
type lineCase struct {
	name    string
	why     string
	article string
	// facts is the fact sheet, for a rule of reading one; "" for the
	// article alone.
	facts string
	// want maps a question to its whole answer line.
	want map[string]string
	// holds maps a question to words its answer line must hold.
	holds map[string]string
	// opens maps a question to how its answer line must start ("Yes: ").
	opens map[string]string
	// without maps a question to a word its answer line must not hold.
	without map[string]string
	// refuses lists questions the story doesn't say.
	refuses []string
}

var lineCases = []lineCase{{
	name:    "ASeasonIsNoLengthOfTime",
	why:     `"How long have icebergs been falling off Greenland's glaciers?" was answered "winter", of "for thousands of years as part of a natural cycle that typically balanced glacier growth in the winter": a season, a month or a weekday alone says nothing of how long something has gone on; "two decades" still does`,
	article: "Greenland ice\n\nGreenland has lost more ice than thought.\n\nCalving\n\nIcebergs have tumbled from Greenland’s glaciers for thousands of years as part of a natural cycle that typically balanced glacier growth in the winter with melting and retreat in the summer.\n\nStation\n\nThe research station has operated since 1990. Its staff of 12 work there each summer.\n\nClinic\n\nThe clinic has been open in the village for two decades, and it treats patients every winter.\n",
	want:    map[string]string{"how long has the clinic been open?": "two decades"},
	without: map[string]string{"How long have icebergs been falling off Greenland's glaciers?": "winter", "how long have the staff worked there": "summer"},
}, {
	name:    "ASpanLaterIsNoOtherEvents",
	why:     `a review's case: "On June 5, 2019, the council voted to close the Elm Street bridge for repairs, and it reopened two weeks later": "two weeks later" dates the reopening, after the opening date's event; only a span after another event ("nine months after completing its IPO") gives way to the opening date`,
	article: "Bridge reopens\n\nOn June 5, 2019, the council voted to close the Elm Street bridge for repairs, and it reopened two weeks later.\n\nDrivers had complained about potholes for years.\n",
	holds:   map[string]string{"When did the bridge reopen?": "two weeks later"},
}, {
	name:    "ADateOfAThingNamedAfterTheEvent",
	why:     `a review's cases: "by 2015 Deepwater Horizon spill payouts had reached $20bn" dates the payouts, and "on 28 October 2023, Mount Tarn earthquake survivors marked 40 years" the anniversary: a date dates a name only when the name ends its phrase`,
	article: "Oil spill\n\nThe Deepwater Horizon spill began on 20 April 2010, and by 2015 Deepwater Horizon spill payouts had reached \\$20bn.\n\nBP paid the most.\n",
	want:    map[string]string{"When did the Deepwater Horizon spill begin?": "20 April 2010"},
}, {
	name:    "ADateOfSurvivorsIsNoQuakes",
	why:     `a review's case: "on 28 October 2023, Mount Tarn earthquake survivors marked 40 years" is no date of the earthquake`,
	article: "Quake anniversary\n\nThe valley has felt 14 large earthquakes since 1900. The largest was the Mount Tarn earthquake on 28 October 1983, and on 28 October 2023, Mount Tarn earthquake survivors marked 40 years.\n\nThe state has had no larger quake since.\n",
	want:    map[string]string{"When was the Mount Tarn earthquake?": "28 October 1983"},
}, {
	name:    "NoFirmSuffixButAFirms",
	why:     `a review's cases: only a firm's own suffix makes the name before it a firm and is no answer itself: "near Ballina, Co Mayo" is a county's, and "In Washington, Congress passed the bill" names who passed it`,
	article: "Two men die in crash\n\nTwo men have died after a car crashed into a wall in the west of Ireland.\n\nThe crash happened shortly after 2am on Sunday near Ballina, Co Mayo. The men, both in their twenties, were pronounced dead at the scene.\n\nA woman who was a passenger in the car was taken to Mayo University Hospital in Castlebar, Co Mayo, where her condition is described as serious.\n\nGardaí have appealed for witnesses.\n",
	want:    map[string]string{"where did the crash happen?": "near Ballina"},
}, {
	name:    "ACoFounderIsNoFirm",
	why:     `a review's case: "Reed Hastings, co-founder of Netflix" is a person, not a firm named by a suffix "co"`,
	article: "Streaming pioneer steps down\n\nNetflix said on Thursday that its longtime boss would hand over day-to-day control of the company in January.\n\nThe announcement came from Reed Hastings, co-founder of Netflix, at a meeting with investors in Los Gatos, California.\n\nHastings, 62, will become executive chairman. He founded the company in 1997 with Marc Randolph, who left in 2003.\n\nTed Sarandos and Greg Peters will share the chief executive role.\n",
	want:    map[string]string{"how old is reed hastings?": "62"},
}, {
	name:    "ABodyAfterAPlaceIsWhoDidIt",
	why:     `a review's case: "In Washington, Congress passed the bill" answers who passed it, though "Congress" ends names of bodies too`,
	article: "Aid package approved\n\nLawmakers on Thursday approved a $40 billion aid package for Ukraine after weeks of delay.\n\nIn Washington, Congress passed the bill by a wide margin late on Thursday night. The president is expected to sign it on Friday.\n\nIn Kyiv, Parliament welcomed the vote and thanked the American people.\n\nCritics including Senator Rand Paul, Congress and the Pentagon's own auditors have questioned how earlier aid was spent.\n",
	want:    map[string]string{"who passed the bill?": "Congress"},
}, {
	name:    "ATitleIsNoSecondPerson",
	why:     `a review's case: "Prime Minister Sunak" is no second person named Sunak beside Rishi Sunak, so "Sunak, 42, became prime minister" is still his age`,
	article: "Sunak sets out plan\n\nRishi Sunak set out his plan for the economy in a speech in London on Wednesday.\n\nPrime Minister Sunak said inflation would be halved by the end of the year.\n\nSunak, 42, became prime minister in October.\n",
	want:    map[string]string{"how old is rishi sunak?": "42"},
}, {
	name:    "ASentencesOpeningDateOverHowLongAfter",
	why:     `"When did Pets.com go out of business?" was answered "only nine months after completing", of "On November 9, 2000, Pets.com … went out of business only nine months after completing its IPO": the date that opens the sentence dates its event, and the span after another event says how long after; "three years later" of a sentence that opens with none still answers`,
	article: "Dot-com bust\n\nInternet stocks fell sharply in 2000.\n\nCollapse\n\nOn November 9, 2000, Pets.com, a much-hyped company that had backing from Amazon.com, went out of business only nine months after completing its IPO. By that time, most internet stocks had declined in value by 75%.\n\nFounding\n\nIn 2005 the Kell firm was founded, and it went bankrupt three years later.\n",
	want:    map[string]string{"When did Pets.com go out of business?": "November 9, 2000", "when did the kell firm go bankrupt?": "three years later (2008)"},
}, {
	name:    "ADateRightBeforeTheNameAsked",
	why:     `"When did the Borah Peak earthquake happen?" was answered with the date of another quake: "the October 28, 1983, M6.9 Borah Peak earthquake, which struck about 250 km to the northwest of the September 2, 2017 earthquake" dates both, and the sentence before set the 2017 date right beside its word "earthquakes"; a date set right before the whole of what the question names dates it`,
	article: "Quake shakes Kell Valley\n\nA magnitude 5.3 earthquake shook the Kell Valley on 2 September 2017.\n\nHistory\n\nThe valley has felt at least 14 other large earthquakes within 300 km of the 2 September 2017 earthquake. The largest was the 28 October 1983, M6.9 Mount Tarn earthquake, which struck about 250 km to the northwest of the 2 September 2017 earthquake. The Mount Tarn earthquake is the largest known in the state.\n",
	want:    map[string]string{"When did the Mount Tarn earthquake happen?": "28 October 1983", "When did the Kell Valley earthquake happen?": "2 September 2017"},
}, {
	name:    "ASurnameTwoPeopleShareNamesNeither",
	why:     `a review's case: a surname alone names a person in full only when it is theirs alone; "Pike, 52, was driving" is Jordan Pike's father Robert`,
	article: "Teenager dies after river rescue\n\nA 19-year-old man died in hospital on Sunday after being pulled from the River Wey in Guildford, police said.\n\nHe was named as Jordan Pike, a student at the University of Surrey. Jordan had been swimming with friends near Millmead Lock on Saturday afternoon.\n\nHis father, Robert Pike, said the family was devastated. Pike, 52, was driving home from work in Reading when police called him.\n\nAn inquest will open on Thursday.\n",
	without: map[string]string{"how old was jordan pike?": "52"},
}, {
	name:    "ASurnameBesideAPlaceNamesNoOne",
	why:     `a review's case: "Lowell, a city of about 115,000 people" is no Abbe Lowell, whom the article named before`,
	article: "Mill workers' lawsuit moves to trial\n\nA lawsuit brought by 2,300 former mill workers against Merrimack Textiles will go to trial in March, a judge ruled on Tuesday.\n\nThe workers are represented by the Boston lawyer Abbe Lowell, who said the company had hidden the dangers of cotton dust for decades.\n\nLowell, a city of about 115,000 people north of Boston, was once home to 40 textile mills.\n\nThe company has denied wrongdoing.\n",
	without: map[string]string{"how many people does abbe lowell represent?": "115,000"},
}, {
	name:    "ASurnameOfBrothersNamesNeither",
	why:     `a review's case: "Hale, the younger of the two, was arrested at a flat in Bradford" is Tom Hale's brother Dan`,
	article: "Brothers charged after warehouse fire\n\nTwo brothers have been charged after a fire destroyed a warehouse in Leeds on Sunday night.\n\nTom Hale, 31, was charged with arson. His brother Dan Hale, 27, was charged with handling stolen goods.\n\nTom was arrested near the warehouse in Leeds shortly after the fire started, police said.\n\nHale, the younger of the two, was arrested at a flat in Bradford on Monday morning.\n\nBoth men will appear before magistrates on Friday.\n",
	want:    map[string]string{"where was Tom Hale arrested?": "Leeds"},
}, {
	name:    "AFirmsSuffixIsNoOne",
	why:     `"who did Sholly thank for getting the road built" was answered "INC", of "the Federal Highway Administration and HK Contractors, INC": a firm's suffix after a comma is part of its name, and says the name before it is a firm's`,
	article: "Road reopens\n\nThe north road reopened on Saturday.\n\nThanks\n\n\"We want to thank the Federal Highway Administration and HK Contractors, INC for getting this road built in just four months,\" said Superintendent Cam Sholly.\n",
	want:    map[string]string{"who did sholly thank for getting the road built": "Federal Highway Administration and HK Contractors"},
}, {
	name:    "ASurnameNamesThePersonInFull",
	why:     `"where did Knud Rasmussen die?" was answered "Denmark" from "he went on the Sixth Thule Expedition": a sentence whose "he" means him names him in full, while "Rasmussen contracted pneumonia …, dying a few weeks later in Copenhagen" named only his surname; a surname alone now names the person the article named in full`,
	article: "Tomas Brekke\n\nTomas Henrik Brekke (1879–1933) was an explorer of the Arctic and a writer.\n\nTravels\n\nIn 1902 he sailed to Greenland. He went to Alaska in 1921.\n\nLast years\n\nThe expedition of 1933 was meant to continue his work, but Brekke contracted pneumonia, dying a few weeks later in Copenhagen.\n",
	want:    map[string]string{"where did tomas brekke die?": "Copenhagen"},
}, {
	name:    "ABreakdownOfSeveralParts",
	why:     `a second review's cases: "including 31 in Kell, 12 in Varna and five in Dobrich" is one breakdown past its commas, "£12m for the new bypass" is a part of "£40m", and "It killed two people" tells of the Mount Tarn earthquake the sentence before names`,
	article: "Storm toll\n\nA total of 48 people were killed, including 31 in Kell, 12 in Varna and five in Dobrich.\n\nRoads\n\nThe council will spend £40m on roads, including £12m for the new bypass.\n\nHistory\n\nThe largest was the 28 October 1983 Mount Tarn earthquake, which struck about 250 km to the northwest. It killed two people and injured 40 others.\n",
	want:    map[string]string{"how many people died in Varna?": "12", "how many people died in Dobrich?": "five", "how much will be spent on the bypass?": "£12", "How many people died in the Mount Tarn earthquake?": "two people"},
}, {
	name:    "TiedPassagesNamingTwoGiveNoLine",
	why:     `"who did the club sign in the summer?" ties two paragraphs that each name a signing: "Dan Ruiz" was given, as "Tom Hale" might have been; a question that tells them apart ("from Ashford") is still answered`,
	article: "Kell Rovers news\n\nKell Rovers played their first match of the season on Saturday.\n\nCoach\n\nThe club signed striker Dan Ruiz from Ashford in the summer.\n\nTransfer\n\nThe club signed midfielder Tom Hale from Elmbridge in the summer.\n",
	want:    map[string]string{"who did the club sign from Ashford?": "Dan Ruiz"},
	without: map[string]string{"who did the club sign in the summer?": "Ruiz"},
}, {
	name:    "ABreakdownEndsWithItsPhrase",
	why:     `a review's cases: "…, including 31 in the city of Kell, in the attack on a crowded market" keeps the attack the total's (the breakdown ends at its comma), and "mostly in children under five" gives no part of 5,000 cases`,
	article: "Market attack\n\nAt least 48 people were killed, including 31 in the city of Kell, in the attack on a crowded market.\n\nOutbreak\n\nHealth officials have reported 5,000 cases, mostly in children under five, since the outbreak began in March.\n",
	want:    map[string]string{"How many people died in the attack on the market?": "At least 48 people", "how many people died in Kell?": "31", "how many cases have been reported since March?": "5,000 cases"},
}, {
	name:    "ATollOfAnotherEventIsNone",
	why:     `a review's cases: when the sentence that names the event counts no harm, a later sentence's toll answers only if it names the event too ("A smaller earthquake near Dobrich … killed two people" is another's), and "Nobody died in …" is passed over by none`,
	article: "Quake shakes Kell Valley\n\nA magnitude 5.3 earthquake shook the Kell Valley on 2 September 2017.\n\nHistory\n\nThe largest was the 28 October 1983 Mount Tarn earthquake, which struck about 250 km to the northwest. A smaller earthquake near Dobrich in 1992 killed two people and injured 40 others.\n\nBridge\n\nThe inquiry will examine why the Kell bridge collapse happened. In a separate incident last year, a crane collapse in Dobrich killed three workers and injured seven.\n",
	without: map[string]string{"How many people died in the Mount Tarn earthquake?": "two", "how many people were hurt in the bridge collapse?": "seven"},
}, {
	name:    "AListOfThingsNamedByParticiples",
	why:     `a review's cases: "armored personnel carriers" and "processed army rations" are things, and "The council opened shelters" carries its clause's verb: none makes its list a mix of deeds and things`,
	article: "Border\n\nThe army sent tanks, armored personnel carriers and drones to the border region. The convoy brought tents, blankets and processed army rations to the stranded families.\n",
	want:    map[string]string{"what kinds of things did the army send to the border?": "tanks, armored personnel carriers and drones", "what kinds of things did the convoy bring?": "tents, blankets and processed army rations"},
}, {
	name:    "ATollPastASentenceWithNone",
	why:     `"how many people died in the Mount Tarn earthquake?" was refused: the best sentence names the quake but counts no harm, and the next, "resulted in two fatalities, three injuries", counts no people by the question's words`,
	article: "Quake shakes Kell Valley\n\nA magnitude 5.3 earthquake shook the Kell Valley on 2 September 2017, causing minor damage.\n\nHistory\n\nThe valley has felt at least 14 other large earthquakes. The largest was the 28 October 1983 Mount Tarn earthquake, which struck about 250 km to the northwest. The Mount Tarn earthquake is the largest known in the state, and resulted in two fatalities, three injuries and $12.5 million in damage.\n",
	want:    map[string]string{"How many people died in the Mount Tarn earthquake?": "two", "how many people were injured in the Mount Tarn earthquake?": "three"},
}, {
	name:    "AListMixesNoDeedsWithThings",
	why:     `"The second strike hit mourners already wounded and the first responders" was answered "strike hit mourners already wounded and the first responders": a list that mixes a deed with a thing is no answer; "shelters, schools and churches" still is, though its first item carries the clause's verb ("The council opened shelters")`,
	article: "Attack on Kell\n\nA strike hit a funeral in Kell on Friday.\n\nSecond strike\n\nThe second strike hit mourners already wounded and the first responders who came to help. The council opened shelters, schools and churches for those who lost their homes.\n",
	holds:   map[string]string{"which buildings did the council open?": "shelters, schools and churches"},
	without: map[string]string{"what kinds of people did the second strike hit?": "wounded"},
}, {
	name:    "ABreakdownAnswersItsOwnPart",
	why:     `"A total of 48 people were killed, mostly in Varna Province with 31 people" answers how many died in Varna Province with the 31 (the total stood nearer the question's verb), and how many died with the 48; "including 400 in Dobrich" is Dobrich's count`,
	article: "Storm Lira floods the coast\n\nStorm Lira struck the northern coast on 4 March 2021.\n\nToll\n\nA total of 48 people were killed, mostly in Varna Province with 31 people. More than 2,000 homes were damaged, including 400 in the port city of Dobrich.\n",
	want:    map[string]string{"How many people died in Varna Province?": "31 people", "how many people died?": "48 people", "how many homes were damaged in Dobrich?": "400", "how many homes were damaged?": "More than 2,000 homes"},
}, {
	name:    "ASeriesIsWholeOrNone",
	why:     `a series of names is widened to whole or not at all: "Democratic senators Ann Lee, …" opens with a role, no fronted phrase; "Amber Rudd" is a name though both its words are English; nine signers are over the cap, and no eight of them are the answer; "Kell planner Ann Lee and Ashford architect Tom Hale" pairs no town with her`,
	article: "Kell news\n\nThe state Senate passed the housing bill on Tuesday.\n\nVote\n\nDemocratic senators Ann Lee, Tom Hale, Dan Ruiz and Mia Chen voted against the bill.\n\nLetter\n\nAmber Rudd, Justine Greening, David Gauke and Greg Clark signed the letter to the mayor.\n\nPetition\n\nTim Moss, Ivy Cole, Ray Dunn, Sam Tait, Joe Pike, Eve Ross, Ned Hill, Kit Lamb and Zoe Ford signed the petition.\n\nPlan\n\nKell planner Ivy Nash and Ashford architect Lee Grant drew up a new plan for the town centre.\n",
	want:    map[string]string{"who voted against the bill?": "Ann Lee, Tom Hale, Dan Ruiz and Mia Chen", "who signed the letter to the mayor?": "Amber Rudd, Justine Greening, David Gauke and Greg Clark"},
	without: map[string]string{"who signed the petition?": "Ivy Cole", "who drew up the new plan?": "Ashford"},
}, {
	name:    "ARouteIsADistance",
	why:     `"The pipeline will be 1,200 miles long" and "dug the shaft 300 metres deep" answer how far it runs and how far down they dug: only a size ("across", "wide") is no distance`,
	article: "Pipeline approved\n\nThe government approved a new oil pipeline on Tuesday.\n\nRoute\n\nThe pipeline will be 1,200 miles long, running from Alberta to the Gulf coast.\n\nMine\n\nEngineers dug the new shaft at the Kell mine 300 metres deep.\n",
	want:    map[string]string{"how far will the pipeline run?": "1,200 miles", "how far down did engineers dig the shaft?": "300 metres"},
}, {
	name:    "ItalicUnderscoresAreNoPartOfAFigure",
	why:     `"About _4,000_ people will take part", italics marked as a wiki's plain text marks them: the count is "About 4,000 people", where it was read as "000_ people"`,
	article: "Elm vaccine\n\nA new vaccine will be tested in Elm Bay this autumn.\n\nSafety\n\nThe vaccine is _not_ a live virus, and it cannot cause the disease. About _4,000_ people will take part.\n",
	want:    map[string]string{"how many people will take part?": "About 4,000 people"},
}, {
	name:    "ASentenceReadForItsOwnDoer",
	why:     `"A group of local fans had nearly bought the club" names no buyer, and the name nearest its words in the paragraph was the seller of the next sentence, "Tom Hale sold the club to Dan Ruiz": that sentence, among the best too, says the buyer`,
	article: "Kell Rovers sold\n\nKell Rovers have been sold to a new owner.\n\nDeal\n\nTom Hale sold the club to Dan Ruiz on Monday for £4m. A group of local fans had nearly bought the club in 2010.\n",
	want:    map[string]string{"who bought the club?": "Dan Ruiz", "who sold the club?": "Tom Hale"},
}, {
	name:    "ASeriesEndsWhereItsClauseDoes",
	why:     `a series of names is no answer past its own clause: "Unlike Ann Lee, …" puts her outside it, ", and Mia Chen chaired" opens a clause after it, "For Rovers," names a team, and "to Ashford and Tom Hale then scored" joins two clauses`,
	article: "Kell news\n\nThe Kell council voted on the new bypass on Tuesday.\n\nVote\n\nUnlike Ann Lee, Tom Hale and Dan Ruiz voted for the bypass.\n\nInquiry\n\nThe panel heard from Ivy Moss, Tim Cole and Ray Dunn, and Mia Chen chaired the session.\n\nDerby\n\nFor Rovers, Sam Tait and Joe Pike scored in the first half. Rovers went behind early to Ashford and Lee Grant then scored twice.\n",
	want:    map[string]string{"who chaired the session?": "Mia Chen"},
	without: map[string]string{"who voted for the bypass?": "Ann Lee", "who scored in the first half?": "Rovers", "who scored twice?": "Ashford"},
}, {
	name:    "ASizeIsNoDistance",
	why:     `"KX 1200+31 is estimated to be about 12 miles (20 kilometers) across" gives its size: "how far from Earth is KX 1200+31?" got "about 12 miles" in a story that says other bursts were "too far away"; how big it is is still answered`,
	article: "Kell star\n\nNASA telescopes watched a burst from a magnetar in October 2022. Most such bursts came from outside our galaxy, too far away for astronomers to see their source.\n\nThe burst occurred between two glitches, when the magnetar suddenly started spinning faster. KX 1200+31 is estimated to be about 12 miles (20 kilometers) across and spinning about 3.2 times per second, meaning its surface was moving at about 7,000 mph. Slowing it down would require a lot of energy.\n",
	want:    map[string]string{"how big is KX 1200+31?": "about 12 miles"},
	without: map[string]string{"How far from Earth is KX 1200+31?": "12 miles"},
}, {
	name:    "WhereATheIsOnIsNoDescription",
	why:     `"what street was the kell loft warehouse on?" asks where the warehouse was, not which street a description names: "the warehouse was a fire hazard, the Kell Loft's founder, Tom Hale" gave his name`,
	article: "Warehouse fire\n\nA fire destroyed a converted warehouse known as the Kell Loft in Elm Bay on Friday.\n\nWarnings\n\nAlthough police warned that the warehouse was a fire hazard, the Kell Loft's founder, Tom Hale, let artists live there.\n",
	without: map[string]string{"what street was the kell loft warehouse on?": "Tom Hale"},
}, {
	name:    "AnAdverbBeforeTheVerb",
	why:     `"who secretly recorded the brothers?" asks for the doer of "recorded", not of "secretly": "Dan Ruiz said he had recorded the brothers" answers it, where it got no line. "who nearly recorded …" asks something else`,
	article: "Elm Bay trial\n\nThe trial of the Kell brothers opened in Elm Bay on Monday.\n\nTestimony\n\nDan Ruiz said he had recorded the brothers. Judge Ann Lee ruled that the recordings could be shown.\n",
	want:    map[string]string{"who secretly recorded the brothers?": "Dan Ruiz", "who recorded the brothers?": "Dan Ruiz"},
	without: map[string]string{"who nearly recorded the brothers?": "Dan Ruiz"},
}, {
	name:    "ASeriesOfNamesIsOneAnswer",
	why:     `"Vasko, Ostrin, Pell and Marrow rounded out the top ten": the four did, though only one of them was read as a person; "sponsors including Kelco and Brightwater Bank" names both who paid. Each line was one name of the series. A series that holds a name the question says is not its answer`,
	article: "Elm Bay cup\n\nThe Elm Bay cup was held on Sunday. Tom Hale won the race.\n\nResult\n\nAnn Lee finished second. Vasko, Ostrin, Pell and Marrow rounded out the top ten.\n\nPrize\n\nThe prize fund was paid for by sponsors including Kelco and Brightwater Bank.\n",
	want:    map[string]string{"who rounded out the top ten?": "Vasko, Ostrin, Pell and Marrow", "who paid for the prize fund?": "Kelco and Brightwater Bank"},
	without: map[string]string{"who rounded out the top ten with Pell?": "Pell"},
}, {
	name:    "ARoleOnlyAFormerDeputyHeld",
	why:     `"Ann Lee, a former deputy mayor of Elm Bay" is the only mayor the article names: "who is the mayor?" gets no line, neither her name nor the "Elm Bay Mayor" a candidacy names ("Elm Bay Mayor — finishing fifth …")`,
	article: "Kell by-election\n\nThe by-election in Elm Bay was held on Thursday.\n\nCandidates\n\nOn 5 November they selected Tom Hale, a transport expert who had stood to be Labour's candidate for Elm Bay Mayor, finishing fifth out of six candidates.\n\nPolls\n\nOne Conservative MP, Ann Lee, a former deputy mayor of Elm Bay, agreed the election was very close.\n",
	want:    map[string]string{"who is the mayor?": ""},
}, {
	name:    "OnlyARolesOwnWordsMakeItAnother",
	why:     `"mayor Ann Lee, who took office after the former council was dissolved" is the mayor: a "former" of the clause after her role is not her role's; an associate professor is a professor; "Vice Media president Tom Hale" is Vice Media's president, not a vice president`,
	article: "Elm Bay bridge\n\nThe ribbon was cut by mayor Ann Lee, who took office last year after the former council was dissolved.\n\nStudy\n\nThe study was led by associate professor Maria Lopez. Vice Media president Tom Hale filmed the opening.\n",
	want:    map[string]string{"who is the mayor?": "Ann Lee", "who is the professor?": "Maria Lopez", "who is the president of vice media?": "Tom Hale"},
}, {
	name:    "TheStatedCauseWhateverRowReadsTheQuestion",
	why:     `"who caused it?" and "how did it start?" are read by other rows of the event table ("who found it?", "how did it start?"), and still get the sentence that states the cause ("The fire was caused by faulty wiring …") when the article states one`,
	article: "Warehouse fire\n\nA fire destroyed the Elm Bay warehouse on Monday night.\n\nCause\n\nThe fire was caused by faulty wiring in the loading bay, fire chief Ann Lee said.\n",
	opens:   map[string]string{"who caused it?": "The fire was caused by faulty wiring", "how did it start?": "The fire was caused by faulty wiring", "how did it begin?": "The fire was caused by faulty wiring"},
}, {
	name:    "ABritishSpellingIsNoVerbForm",
	why:     `"Former harbour master Tom Hale": "harbour" is the British spelling of a noun, not an irregular form of a verb, so the role is "harbour master" and a former one; "who is the harbour master?" gets no name, where the role was read as "master" and his`,
	article: "Port news\n\nThe storm hit Elm Bay on Tuesday and flooded the docks.\n\nDocks\n\nThe mayor declared an emergency. Former harbour master Tom Hale said the docks had never flooded so fast.\n",
	want:    map[string]string{"who was the harbour master?": "Tom Hale"},
	without: map[string]string{"who is the harbour master?": "Tom Hale"},
}, {
	name:    "ANameWithItsAbbreviation",
	why:     `"the Elm State Department of Water Conservation (DWC) put the state on a drought watch" and then "the DWC asked …": a line that names the department gives the abbreviation the story goes on to call it by; a bracket that is no abbreviation of it is left out`,
	article: "Drought watch\n\nThe Elm State Department of Water Conservation (DWC) put the state on a drought watch in July. The DWC asked residents to save water.\n\nFarms\n\nThe Gull Farmers Union (founded 1921) asked for help.\n",
	want:    map[string]string{"who put the state on a drought watch?": "Elm State Department of Water Conservation (DWC)", "who asked for help?": "Gull Farmers Union"},
}, {
	name:    "AShareOfTheDeadCountsNoHurt",
	why:     `"Forty-two of the 63 earthquake fatalities died when the viaduct collapsed" counts 63 dead: "how many died?" is answered 63, and "how many were injured?" is not, where it was`,
	article: "Bay quake\n\nThe quake struck the bay at 5 p.m. on October 17. Forty-two of the 63 earthquake fatalities died when the viaduct collapsed.\n\nDamage\n\nMany buildings in the city were damaged.\n",
	want:    map[string]string{"how many died?": "63"},
	without: map[string]string{"how many were injured?": "63"},
}, {
	name:    "ADeputyOrAFormerHolderIsAnotherRole",
	why:     `"Elm Bay deputy mayor Ana Ferro" is not the mayor, and "former fire chief Tom Hale" is no longer the fire chief: "who is the mayor?" and "who is the fire chief?" get no name, where they got theirs; "who was the fire chief?" asks of the past, and "who is the deputy mayor?" of the deputy`,
	article: "Kell floods\n\nThe storm hit Elm Bay on Tuesday and flooded the docks.\n\nEmergency\n\nElm Bay deputy mayor Ana Ferro declared an emergency. Former fire chief Tom Hale said the docks had never flooded so fast.\n",
	want:    map[string]string{"who is the deputy mayor?": "Ana Ferro", "who was the fire chief?": "Tom Hale"},
	without: map[string]string{"who is the mayor?": "Ana Ferro", "who is the fire chief?": "Tom Hale"},
}, {
	name:    "ByACompanysOfficer",
	why:     `"owned by Elm Textile Company president Tom Hale" names who owned them: the company's name says what he is president of, and "who owned the mills?" is answered by him, not the company, which "which company owned the mills?" asks for; "the president of the Elm Textile Company" asks for him too, though WordNet writes "President" as a title`,
	article: "Kell mills\n\nMost of the mills in Kell were owned by Elm Textile Company president Tom Hale, who cut wages in 1912.\n\nStrike\n\nThe workers walked out in January.\n",
	want:    map[string]string{"who owned the mills?": "Tom Hale", "who was the president of the elm textile company?": "Tom Hale", "which company owned the mills?": "Elm Textile Company"},
}, {
	name:    "APairOpensALongerSeries",
	why:     `"such as Elm's Lark Orbiter and Lark Lander, Kell's Gale probe, and Norvia's Reed rover" lists three missions, the first a pair: the line is the whole series, with its serial comma, where it stopped at the pair`,
	article: "Kell probe\n\nThe Kell probe mapped the Moon in 1994.\n\nLegacy\n\nLater missions, such as Elm's Lark Orbiter and Lark Lander, Kell's Gale probe, and Norvia's Reed rover, all built on its maps.\n",
	want:    map[string]string{"which later missions built on its maps?": "Elm's Lark Orbiter and Lark Lander, Kell's Gale probe, and Norvia's Reed rover"},
}, {
	name:    "AnotherModelsSentenceSaysNoYes",
	why:     `"Even the TR-24, an all-weather tactical bomber, …" says the TR-24 is a bomber, and nothing of the KX-31 its paragraph names before it`,
	article: "Kell jets\n\nKell sold 20 old jets to Norvia in May.\n\nHistory\n\nThe KX-31, KX-27 and TR-24 shaped the course of conflicts. From the supersonic prowess of the KX-31 to the versatile combat capabilities of the KX-27, these aircraft were famous. Even the TR-24, an all-weather tactical bomber, retains a place of honor in many air forces.\n",
	opens:   map[string]string{"is the tr-24 a bomber?": "Yes: "},
	without: map[string]string{"is the kx-31 a bomber?": "Yes"},
}, {
	name:    "CountOfNamesAfterLike",
	why:     `"neighbors like Norvia, Elmland, Gullia, and Tarn, Kell's pursuit …" lists four: "how many neighbors does Kell have?" counts them, and the list ends at its "and"`,
	article: "Kell turns west\n\nKell signed new trade agreements with the West on 4 May.\n\nNeighbours\n\nWith formidable neighbors like Norvia, Elmland, Gullia, and Tarn, Kell's pursuit of stronger alliances reflects a pragmatic approach to regional challenges.\n",
	want:    map[string]string{"how many neighbors does kell have?": "4: Norvia, Elmland, Gullia, and Tarn"},
}, {
	name:    "WhoBoughtIsToldByWhoSold",
	why:     `"who bought the jets?" is told by the other side of the sale, "Kell sold a fleet of 81 old jets to Norvia": the name after its "to", where it said "The story doesn't say"; "bought the land with funds from the Elm Fund" names no seller`,
	article: "Kell sells old jets\n\nKell sold a fleet of 81 old jets to Norvia in May, the ministry said. The jets were built in the 1980s.\n\nLand\n\nThe Elm Service bought the land with funds from the Elm Conservation Fund, a federal program.\n",
	want:    map[string]string{"who bought the jets?": "Norvia", "who purchased the old jets": "Norvia", "who received the jets?": "Norvia", "who acquired the jets": "Norvia"},
	without: map[string]string{"who sold the land to the Elm Service?": "Fund"},
}, {
	name:    "ARewardForAnArrestIsNoArrest",
	why:     `"Police issued a reward of $1,500 for Vale's arrest" does not say anyone was arrested: what is offered or called for is still to come, as what is aimed at is`,
	article: "Kell murders\n\nThree hunters were found dead near Kell Lake in 1924.\n\nSuspect\n\nPolice issued a reward of $1,500 for Vale's arrest and conviction in connection with the murders, but the case went cold.\n",
	without: map[string]string{"was anyone arrested?": "Yes", "was vale arrested?": "Yes"},
}, {
	name:    "WhatItCostIsTheCostTold",
	why:     `"how much did it cost?" asks what the story's own event cost: the first amount told as a cost, a damage or a loss ("damage totals were estimated at US$1.04 billion"), where no word of the question is the story's and it said "The story doesn't say how much"`,
	article: "Typhoon Kell\n\nTyphoon Kell struck Elm Island on 19 October 2016.\n\nImpact\n\nNineteen people were killed by Kell, and damage totals were estimated in excess of US$1.04 billion. The government paid $5 million to farmers.\n",
	want:    map[string]string{"how much did it cost?": "$1.04 billion", "what was the damage?": "$1.04 billion"},
}, {
	name:    "APlannedCostIsNoCost",
	why:     `"originally scheduled … at an estimated cost of $2.8 billion. However, the project was completed at a cost of over $8.08 billion": "how much did it cost?" is answered by what it cost`,
	article: "Kell tunnel\n\nThe Kell tunnel was a highway project in Elm Bay. It was originally scheduled to be completed in 1998 at an estimated cost of $2.8 billion. However, the project was completed in December 2007 at a cost of $8.08 billion.\n",
	want:    map[string]string{"how much did it cost?": "$8.08 billion"},
}, {
	name:    "APriceIsNoCostOfTheEvent",
	why:     `"a low-cost airline that sells seats for as little as $30" and "the price of crude oil rose to $80" tell no damage of the event; "the bill" of a Senate story is a law`,
	article: "Kell spill\n\nThe spill in Kell Bay fouled 40 miles of coast on 4 May. The price of crude oil rose to $80 a barrel after the spill. Kell Air, a low-cost airline that sells seats for as little as $30, stopped flying there. The Senate's Kell bill would cost $1.2 billion over ten years.\n",
	without: map[string]string{"what was the damage?": "$", "what's the bill?": "$"},
}, {
	name:    "DoerInARelativeClauseOnTheObject",
	why:     `"the temperature concerns that Vale engineers raised" tells who raised them: not "Kell Flight Center", the name nearer the verb outside the clause, nor "L. However", a designation's letter and the next sentence's first word`,
	article: "Kell report\n\nThe board met on 4 May to review the launch.\n\nFindings\n\nThe board does agree that the Kell Flight Center should have passed along the temperature concerns that Vale engineers raised the night before the launch of Mission 51-L. However, the board feels that the real problem was poor planning.\n",
	want:    map[string]string{"who raised the temperature concerns?": "Vale engineers", "who raisd the temprature concerns the nite before launch": "Vale engineers"},
}, {
	name:    "NoDoerButAVerbOrAPronoun",
	why:     `"the safety concerns that Thiokol had raised" names Thiokol, not "Thiokol had"; "the leak concerns that I raised," said Tom Vale names no "I"`,
	article: "Kell report\n\nThe board met on 4 May to review the launch.\n\nFindings\n\nThe Kell Flight Center ignored the safety concerns that Thiokol had raised. \"Those were the leak concerns that I raised,\" said engineer Tom Vale.\n",
	without: map[string]string{"who raised the safety concerns?": "had", "who raised the leak concerns?": "I"},
}, {
	name:    "NotOfASecondThingSaid",
	why:     `"we agree that the joint failed by a faulty design, and that neither NASA nor Thiokol understood it" agrees: its "neither" is of the second thing said, not of the design asked about`,
	article: "Kell bridge report\n\nThe board studied the Kell bridge collapse for a year.\n\nFindings\n\nThe board also agrees that the collapse of the bridge was due to a faulty weld, and that neither the city nor the builder fully understood the weld before the collapse.\n",
	opens:   map[string]string{"Did the board agree that the bridge collapsed because of a faulty weld?": "Yes: "},
}, {
	name:    "TollOfTheHarmAsked",
	why:     `"how many people were injured in the nightclub bombing?" of a sentence that counts the dead first and then the hurt is answered by the hurt: "injuring 229 people", not "killing three people", however far apart the two are`,
	article: "Kell raid\n\nThe air force struck two cities on 15 April.\n\nOrigins\n\nOn 5 April, agents bombed the Belle nightclub in Kell, killing three people, one being a soldier, and injuring 229 people who were spending the evening there. The city closed the club for a month, and police searched for the agents.\n",
	want:    map[string]string{"how many people were injured in the nightclub bombing?": "229 people", "how many people were killed in the nightclub bombing?": "three people"},
}, {
	name:    "InjuredBeforeItsFigure",
	why:     `"killed three people and injured 40 others": the "injured" before 40 is 40's, so "how many were injured in the market bombing?" is 40, not the three killed`,
	article: "Kell bombing\n\nThe market bombing in Kell killed three people and injured 40 others on Monday.\n\nMore\n\nA second bomb in Elm killed 12 people and injured 80 people, the police said.\n",
	want:    map[string]string{"how many people were injured in the market bombing?": "40 others", "how many people were injured by the second bomb?": "80 people"},
}, {
	name:    "TollAsARange",
	why:     `"leaving two to four people dead" gives a range: "how many died?" is answered "two to four people", not "four people"`,
	article: "Kell riot\n\nArmed men attacked a political rally in Kell on 25 October 1870, leaving two to four people dead and 54 wounded.\n\nAftermath\n\nThe town mourned the victims for a week, and the governor sent troops.\n",
	want:    map[string]string{"how many died?": "two to four people", "how many people were killed?": "two to four people"},
}, {
	name:    "ATollRaisedFromIsNoRange",
	why:     `"raised the toll from 12 to 15 people dead" tells where the toll went: "how many died?" is 15, not "12 to 15"`,
	article: "Kell flood\n\nOfficials raised the toll of the Kell flood on 4 May from 12 to 15 people dead.\n\nAftermath\n\nThe town mourned the victims for a week, and the governor sent troops.\n",
	without: map[string]string{"how many died?": "12"},
}, {
	name:    "ChatBeforeATypedQuestionWord",
	why:     `"bruh whos tom vale" asks who Tom Vale is: a question word typed without its apostrophe or fast is read as meant after chat words ("bruh", "ngl"), as it is at a message's start`,
	article: "Kell mine\n\nThe Kell mine closed on 4 May 1998 after a flood. Its owner, Tom Vale, sold the land to the county.\n",
	want:    map[string]string{"bruh whos tom vale": "Tom Vale — owner", "ngl wen did it close": "4 May 1998"},
}, {
	name:    "HowOldOfAPersonNoun",
	why:     `"how old was the driver?" asks a person's age, which a story that gives none doesn't say: a bus built in 2009 is no answer`,
	article: "Kell bus crash\n\nA school bus built in 2009 crashed on Elm Road on 4 May 2016, injuring 12 children. The driver, Tom Vale, was charged with speeding.\n",
	refuses: []string{"how old was the driver?", "how old was the bus driver"},
	without: map[string]string{"how old was the driver's bus?": "doesn't say"},
}, {
	name:    "WhatTimeIsTheLeadsTime",
	why:     `"what time did it happen?" asks the time of day of the story's own event, which its lead gives ("at approximately 4:40 p.m. on August 26, 1995") though no word of the question covers it`,
	article: "Kell tornado\n\nThe Kell tornado was a storm that struck the town of Kell. The tornado hit Kell at approximately 4:40 p.m. on August 26, 1995.\n\nDamage\n\nA ballpark was destroyed.\n",
	want:    map[string]string{"what time did it happen?": "approximately 4:40 p.m."},
}, {
	name:    "AndAHalfIsPartOfTheNumber",
	why:     `"two and a half hours" is one figure: "how long did the walk last?" is not answered by "half hours"`,
	article: "Kell landing\n\nThe lander touched down on 20 July 1969. Two and a half hours after landing, the crew began preparations for the walk. The walk lasted two and a half hours.\n",
	want:    map[string]string{"how long did the walk last?": "two and a half hours"},
}, {
	name:    "AnyoneIsAPerson",
	why:     `"did anyone survive?" asks of people: "The storm was able to survive the crossing" names none and says no "Yes"`,
	article: "Hurricane Kell\n\nHurricane Kell crossed the Atlantic in October 2016. The storm was able to survive the crossing into cooler waters.\n",
	without: map[string]string{"did anyone survive?": "Yes"},
}, {
	name:    "AnyoneIsNoShip",
	why:     `"her" is as often a ship's as a woman's: "Her surviving wreckage lies in the lake" names no one who survived`,
	article: "Kell steamer\n\nThe Kell was a paddle steamer that burned and sank in 1819. Her surviving wreckage lies in the lake.\n",
	without: map[string]string{"did anyone survive?": "Yes"},
}, {
	name:    "AnyoneIsTheCrew",
	why:     `"All eight crew members survived the crash" names people, who answer "did anyone survive?"`,
	article: "Kell crash\n\nA cargo plane crashed near Kell on 3 May 2019. All eight crew members survived the crash.\n",
	opens:   map[string]string{"did anyone survive?": "Yes"},
}, {
	name:    "WhichTeamWonIsWhoWon",
	why:     `"which team won?" asks the winner of the story's own game, as "who won?" does: the lead's winner ("Toronto FC beat Seattle Sounders 2–0"), not a team a later sentence names beside "team" ("the first Canadian team to reach the final")`,
	article: "2017 Kell Cup\n\nThe 2017 Kell Cup final was played on 9 December 2017. Toronto FC beat Seattle Sounders 2–0 to win the cup.\n\nHistory\n\nToronto were the first Canadian team to reach the final.\n",
	want:    map[string]string{"which team won?": "Toronto FC", "which team lost?": "Seattle Sounders"},
}, {
	name:    "WhenOfOneWordNeedsTheWord",
	why:     `"when was the rescue?" asks of nothing but a rescue: "recovery", a near word of "rescue" in another sense, does not say one, so the year of the ban the recovery is due to is no answer; "when was the ban?" is`,
	article: "Kell pelican\n\nThe Kell pelican was removed from the endangered species list in 2009.\n\nRecovery\n\nThe pelican's recovery is largely due to the federal ban on the general use of the pesticide DDT in 1972.\n",
	without: map[string]string{"when was the rescue?": "1972"},
	want:    map[string]string{"when was the ban?": "1972"},
}, {
	name:    "WhereOfOneVerbTakesItsNearWord",
	why:     `"where was she buried?" asks of a verb, whose near words say it in other words ("interment followed at Braddan Parish Cemetery"), though WordNet relates "interment" to "inter", not to "bury"`,
	article: "Ann Varga\n\nAnn Varga (1850 – 25 March 1904) was a Kell boatman.\n\nDeath\n\nAfter a funeral service, interment followed at Braddan Parish Cemetery.\n",
	want:    map[string]string{"where was she buried?": "Braddan Parish Cemetery"},
}, {
	name:    "WhenWasTheRaceIsTheLeadsDate",
	why:     `"when was the race held?" names the story's own event by the noun its lead's first sentence gives it ("… was a stock car race held on November 20, 2016"), so the lead's date answers, not a later paragraph's date near the word ("the race's first running in 1995")`,
	article: "2016 Kell 400\n\nThe 2016 Kell 400 was a stock car race held on November 20, 2016, at Kell Speedway.\n\nHistory\n\nThe race was first held in 1995, when the track opened.\n",
	want:    map[string]string{"when was the race held?": "November 20, 2016"},
}, {
	name:    "HisLifeIsTheLeadPersons",
	why:     `"when did he die?" names no one: it asks of the person a story is about, whose name opens its lead or is its title ("Ann Varga (10 June 1931 – 12 October 2008)"); a story about a storm has none, and the date some death is given is no answer`,
	article: "Kell storm\n\nA storm struck Kell on 3 May 2019. A farmer died two days later, on 5 May 2019, when his barn collapsed.\n",
	without: map[string]string{"when did he die?": "2019"},
}, {
	name:    "HerLifeIsTheLeadPersons",
	why:     `a life's story answers "when did she die?": its lead opens with her name and the dates of her life`,
	article: "Ann Varga\n\nAnn Varga (10 June 1931 – 12 October 2008) was a Kell politician. She was born in Kellton and died in 2008.\n",
	want:    map[string]string{"when did she die?": "2008"},
}, {
	name:    "WhichCountryIsACountry",
	why:     `WordNet knows every country of one word, so "which country was it in?" is not answered by a town ("Maribor"); a country of several words ends in its own word ("United States") or a country's ("East Germany")`,
	article: "Kell case\n\nThe Kell case was a court trial that followed the death of a boy in March 2008.\n\nPress\n\nThe boy's father stated at a press conference in November 2008 that the doctors in Maribor had not discovered the illness. According to him, the doctors of the University Clinical Centre in Ljubljana gave instructions.\n\nAbroad\n\nThe case was later reported by newspapers in the United States.\n",
	without: map[string]string{"which country was it in?": "Maribor"},
	want:    map[string]string{"which country did newspapers report it in?": "United States"},
}, {
	name:    "CrowdIsCountedAsOne",
	why:     `"how big was the crowd?" is answered by the figure a sentence gives a crowd ("a crowd of 14,253 fans"), not by the first figure of a sentence that says "crowded" ("Two years later")`,
	article: "Kell Cup\n\nThe Kell Cup final was played at Kell Park on 4 May 1990. Two years later the crowded stands of Kell Park collapsed during a rematch.\n",
	without: map[string]string{"how big was the crowd?": "Two"},
}, {
	name:    "CrowdFigureAfterItsWord",
	why:     `"how big was the crowd?" is answered by the figure a sentence gives a crowd`,
	article: "Kell Cup\n\nThe Kell Cup final was played at Kell Park on 4 May 1990, before an announced crowd of 14,253 fans. Kell won 2-1.\n",
	holds:   map[string]string{"how big was the crowd?": "14,253"},
}, {
	name:    "HowStrongOfTheEventItself",
	why:     `"how strong was it?" asks how strong the story's own event was: a sentence that says "strong" of something else ("a strong partnership") is no answer, one that says it of "it" or of the title's noun is`,
	article: "Kell storm\n\nThe mayor praised the strong partnership with the county. The Kell storm struck the coast on 4 May 1990, and it was the strongest storm to hit the coast in 50 years.\n",
	holds:   map[string]string{"how strong was it?": "strongest storm"},
}, {
	name:    "HowStrongNotOfSomethingElse",
	why:     `"how strong was it?" is not answered by a sentence that says "strong" of something else`,
	article: "Kell storm\n\nThe Kell storm struck the coast on 4 May 1990. “We have a strong partnership with the county,” said the mayor.\n",
	without: map[string]string{"how strong was it?": "partnership"},
}, {
	name:    "WhoIsSomeoneIsNoOtherName",
	why:     `"Who was Ann Vell Morrow?" asks what she was ("a shipping lawyer"), never for the name of the colleague her sentence lists before her (bareNameOfAnother)`,
	article: "Kell trial\n\nThe Kell trial opened in Elm Bay in July 1931. After many changes, the defense team consisted of Tarrant, union attorney Tom Gale Baxter, Ann Vell Morrow, a shipping lawyer who had worked at the Trade Office, and R.J. Colley.\n",
	holds:   map[string]string{"Who was Ann Vell Morrow?": "a shipping lawyer", "who was morrow": "a shipping lawyer"},
}, {
	name:    "HowItStartedIsTheEventsStart",
	why:     `"how did it start?" asks how the story's own event began: the sentence that says the fire began, not one that says the cleanup started`,
	article: "Kell warehouse fire\n\nThe Kell warehouse burned on 2 December 2016. Cleanup started the next morning. The fire began in the kitchen of the warehouse at 11 pm.\n",
	holds:   map[string]string{"how did it start?": "fire began in the kitchen"},
}, {
	name:    "HowLongWasItOfTheEvent",
	why:     `"how long was it?" asks a measure of the story's own event, not a figure a sentence gives something else (a flagpole "41 feet long" in a story of a landing)`,
	article: "Kell lander\n\nThe Kell lander touched down on the Moon on 20 July 1969. The descent took twelve minutes.\n\nFlagpole\n\nThe crew planted a flagpole that was 41 feet long near the lander.\n",
	without: map[string]string{"how long was it?": "41"},
}, {
	name:    "WhyItMattersIsSaidOfTheEvent",
	why:     `"why was it important?" asks what makes the story's own event notable ("It was the first storm to reach the island in a century"), not any sentence that says "important" of something else`,
	article: "Kell storm\n\nRivers were once important means of transport in Kell. The Kell storm struck on 4 May 1990. It was the first storm to reach the island in a century.\n",
	holds:   map[string]string{"why was it important?": "first storm"},
}, {
	name:    "DidItWorkIsSaidOfTheEvent",
	why:     `"did it work?" asks whether the story's own event worked: "Both engineers worked the test as observers" says nothing of that`,
	article: "Kell rocket test\n\nThe Kell rocket test was held on 4 May 1990 at Kell Field. Both engineers worked the test as observers.\n",
	without: map[string]string{"did it work?": "observers"},
}, {
	name:    "WhenWillIsADateToCome",
	why:     `"when will the repairs be done?" asks a date to come: the date the repairs began is no answer, the one they are scheduled for is`,
	article: "Kell bridge\n\nThe Kell bridge opened on 4 May 1990. Repairs to its deck began in March 2021 and are expected to be finished in June 2025.\n",
	without: map[string]string{"when will the repairs be done?": "March 2021"},
}, {
	name:    "WhenDidItStartIsTheLeadsDate",
	why:     `"when did it start?" asks the date of the story's own event, which its lead gives, not a date a later sentence gives something that began`,
	article: "Kell strike\n\nThe Kell shoemakers strike began on February 22, 1860 with 3,000 workers.\n\nLater\n\nIn 1866 a new state law began to apply to the workshops.\n",
	holds:   map[string]string{"when did it start?": "February 22, 1860"},
}, {
	name:    "WhenDidItEndIsTheEventsEnd",
	why:     `"when did it end?" asks when the story's own event ended: the date of the sentence that says the strike ended, not of one that says the union ended its ties`,
	article: "Kell strike\n\nThe Kell strike began on 3 March 1950 at the Kell mill.\n\nLater\n\nIn 2016 the union ended its ties with the city. The strike ended on 21 January 1951 with a new contract.\n",
	want:    map[string]string{"when did it end?": "21 January 1951"},
}, {
	name:    "DidAnyoneDieIsTheToll",
	why:     `"did anyone die?" asks whether the story's event killed people: "Yes" and the sentence that counts them, not one where someone died years later; "No" and the sentence that says none were hurt; deer are no one`,
	article: "Kell ferry fire\n\nThe Kell ferry caught fire on 3 May 1992. The captain died in 2010. Four passengers were killed in the fire, and 135 deer were killed on the island. No injuries were reported among the crew.\n\nLater\n\nThe captain was honoured on Wednesday 23 March and died in the 11th ward.\n",
	opens:   map[string]string{"did anyone die?": "Yes: Four passengers were killed", "was anyone hurt?": "No: No injuries were reported"},
}, {
	name:    "AnimalsAreNoOneThatDied",
	why:     `"did anyone die?" is not answered by a toll of animals ("killed 135 deer") but by the sentence that counts people killed`,
	article: "Kell screwworm\n\nA screwworm infestation in 2016 killed 135 deer on Kell, the wildlife service said.\n\nLater\n\nThe island reopened to visitors in 2018. Four hikers were killed in a rockfall there in 2019.\n",
	opens:   map[string]string{"did anyone die?": "Yes: Four hikers were killed"},
}, {
	name:    "NoDayNorOrdinalIsAToll",
	why:     `a day of the month or an ordinal ("23 March", "the 11th Airborne Battalion") is no count of the dead`,
	article: "Kell hospital\n\nThe commander of the 11th Airborne Battalion had been killed. He was moved on Wednesday 23 March and died.\n",
	without: map[string]string{"how many died?": "23", "how many were killed?": "11"},
}, {
	name:    "NoFewerThanIsACount",
	why:     `"No fewer than 30 miners died" counts 30 dead: its "No" is no "No one"`,
	article: "Kell mine blast\n\nNo fewer than 30 miners died in a blast at Kell in 1950.\n",
	holds:   map[string]string{"how many died?": "30"},
}, {
	name:    "StillGoingOnIsSaidOfTheEvent",
	why:     `"is it still going on?" asks whether the story's own event goes on: a sentence that says "going" or "ongoing" of something else ("the talks were going nowhere", "an ongoing review") does not say`,
	article: "Kell strike\n\nThe Kell strike began on 3 March 1950 at the mill.\n\nTalks\n\nThe owners said the talks were going nowhere. An ongoing review of the mill found damp.\n",
	without: map[string]string{"is it still going on?": "going nowhere", "is it still ongoing?": "review"},
}, {
	name:    "ChatTailsAndHedgesAskNothing",
	why:     `"how many died lol" and "what time did it actually happen" ask what "how many died?" and "what time did it happen?" ask: of the story's own event, its lead's toll and time, not a later paragraph's count of another storm`,
	article: "Kell ferry fire\n\nThe Kell ferry caught fire at 6:07 on 3 May 1992, and the fire killed 12 people.\n\nLater\n\nIn 2001 the crew of a second ferry saw 40 people die in a storm off the island. The harbour closed at 18:30 that day.\n",
	want:    map[string]string{"how many died lol": "12 people", "what time did it actually happen": "6:07"},
}, {
	name:    "APluralBeforeANamesClauseIsNoRole",
	why:     `"what is odyssey?" is not answered by "thrusters" of "firing its engine or thrusters, Odyssey was able to": a plural before the comma of a clause the name opens is no role of it; the lead's "is a robotic probe" is`,
	article: "Kell Odyssey\n\nThe 2001 Kell Odyssey is a robotic probe orbiting the planet Mars. It was built in Denver.\n\nAerobraking\n\nBy using the air of Mars to slow the probe rather than firing its engine or thrusters, Odyssey was able to save fuel.\n",
	holds:   map[string]string{"what is odyssey?": "a robotic probe"},
}, {
	name:    "APluralBeforeANameListIsTheirRole",
	why:     `"The two pilots, Ann Lee and Bob Ray, were unhurt": the plural before the list of names is their role, though a verb follows the list`,
	article: "Kell air show\n\nA plane landed hard at Kell on 3 May 1992. The two pilots, Ann Lee and Bob Ray, were unhurt.\n",
	holds:   map[string]string{"who is Ann Lee?": "pilots"},
}, {
	name:    "ABiographysSheIsItsSubject",
	why:     `in a story about one person, "where is she from?" asks where its subject is from, which no passage answers by "she": it is read with her name before the story is said not to say; "he" of a story about a woman is no one`,
	article: "Ann Hanley\n\nAnn Hanley (born 3 May 1950) is a marathon runner from Gull Point, Maine. She ran her first marathon at the age of 17.\n\nCareer\n\nIn 2010 she won the Elm Bay marathon in record time.\n",
	want:    map[string]string{"where is she from?": "Gull Point, Maine"},
	refuses: []string{"where is he from?"},
}, {
	name:    "ASurnameMayBeACommonNoun",
	why:     `"Ann Baker" is a person's name though "baker" is a common noun: a story titled so is a biography, and "where is she from?" asks where Ann Baker is from`,
	article: "Ann Baker\n\nAnn Baker (born 3 May 1950) is a marathon runner from Gull Point, Maine. She ran her first marathon at the age of 17.\n\nCareer\n\nIn 2010 she won the Elm Bay marathon in record time.\n",
	want:    map[string]string{"where is she from?": "Gull Point, Maine"},
}, {
	name:    "ATrialIsNoOnesName",
	why:     `a story titled "Kell Trial" is no biography though its lead says "he": "when was he born?" is not read as "when was Kell Trial born?", which the trial's date would answer`,
	article: "Kell Trial\n\nThe Kell Trial was a case in July 1925 in which a teacher, John Kell, was accused of teaching evolution. He was found guilty.\n",
	without: map[string]string{"when was he born?": "1925"},
}, {
	name:    "RussianChatQuestionsOfTheEvent",
	why:     `"Когда это случилось?", "Где это произошло?", "Кто-нибудь погиб?" ask what "when did it happen?", "where did it happen?" and "did anyone die?" ask of the story's own event: its lead's date, place and toll, not "The story doesn't say"`,
	article: "Kell ferry fire\n\nThe Kell ferry caught fire in Gull Point harbour on 3 May 1992, and the fire killed 12 people.\n\nLater\n\nThe ferry line sold its boats in 2001.\n",
	want:    map[string]string{"Когда это случилось?": "3 May 1992", "Где это произошло?": "Gull Point"},
	opens:   map[string]string{"Кто-нибудь погиб?": "Yes: "},
}, {
	name:    "AQuestionWordAloneAsksOfTheEvent",
	why:     `"when?" or "where?" alone asks when or where the story's own event happened, and "what's the death toll?" asks what "what is the death toll?" asks: the lead's date, place and toll, not "The story doesn't say"`,
	article: "Kell ferry fire\n\nThe Kell ferry caught fire in Gull Point harbour on 3 May 1992, and the fire killed 12 people.\n\nLater\n\nThe ferry line sold its boats in 2001.\n",
	want:    map[string]string{"when?": "3 May 1992", "where?": "Gull Point", "what's the death toll?": "12 people", "what's the date?": "3 May 1992", "what year?": "1992"},
}, {
	name:    "ANegatedTollIsNone",
	why:     `"40 passengers were rescued and nobody was killed" counts no dead, "None of the 40 passengers were hurt" no hurt, "no other injuries" after one is no "No", "killed one elk" and "40 sheep" no people`,
	article: "Kell ferry fire\n\nThe Kell ferry caught fire on 3 May 1992. All 40 passengers were rescued and nobody was killed. None of the 40 passengers were hurt. The captain was injured, but no other injuries were reported. The stone fall killed one elk, and the fire killed 40 sheep.\n",
	opens:   map[string]string{"did anyone die?": "No: All 40 passengers were rescued"},
	without: map[string]string{"was anyone hurt?": "No:", "how many were injured?": "40"},
}, {
	name:    "HowManyIsNoTimeNorSum",
	why:     `"how many were rescued?" counts people, not the hours a rescue took ("rescued after more than two hours") nor a sum ("a fine of $1,500" for "how many were arrested?")`,
	article: "Kell bus crash\n\nA school bus crashed in Kell on 21 November 2016. The children were rescued after more than two hours. The driver was arrested and charged with a fine of $1,500.\n",
	without: map[string]string{"how many were rescued?": "hours", "how many were arrested?": "$"},
}, {
	name:    "TheHarmedAreNoBodyNorPlace",
	why:     `"who died?" asks for people: the body that reported the deaths ("The Kell Mining Board said three miners died") and a place the dead are counted across ("At least four were killed across Taiwan") are no one who died; who arrested someone may be a body`,
	article: "Kell mine collapse\n\nA mine collapsed at Kell on 3 May 1992. The Kell Mining Board said three miners died in the collapse. Kell Police arrested the driver of the mine train.\n\nTyphoon\n\nA typhoon struck Taiwan later that year. At least four were killed across Taiwan, while more than 625 others were injured.\n",
	without: map[string]string{"who died?": "Board", "who was killed?": "Taiwan"},
	want:    map[string]string{"who arrested the driver?": "Kell Police"},
}, {
	name:    "LoneVerbTakesItsNoun",
	why:     `a who-question of one word ("who died?") is answered by a sentence that says a word WordNet relates both ways to it ("the eventual death of Varga"), though not by a near word of another sense`,
	article: "Kell rays\n\nIn 1903 Ann Varga announced the discovery of Kell rays. The scandal was blamed for the eventual death of Varga in 1930.\n",
	want:    map[string]string{"who died?": "Ann Varga"},
}, {
	name:    "LoneVerbNeedsItsOwnWord",
	why:     `a who-question of one word and no name ("who scored?") is answered only by a sentence that says the word: "NASA researchers evaluated how the software worked" says "evaluated", a near word of "score" in another sense, and answers nothing`,
	article: "Kell test flights\n\nNASA and Varga Aero flew two helicopters over Kell in May 2019. NASA researchers evaluated how the software worked.\n",
	without: map[string]string{"who scored?": "NASA"},
	want:    map[string]string{"who flew them?": "NASA"},
}, {
	name:    "KnownInIsNoWhere",
	why:     `"known in the Philippines as Typhoon Helen" tells where a name is used, not where the storm struck: "where did it happen?" is not answered "Philippines"; "where is it known as Helen?" still is`,
	article: "Typhoon Kell\n\nTyphoon Kell, known in the Philippines as Typhoon Helen, was a large tropical cyclone in late September 2016.\n",
	without: map[string]string{"where did it happen?": "Philippines"},
	want:    map[string]string{"where is it known as Helen?": "Philippines"},
}, {
	name:    "TheWorstIsNotTheSecondWorst",
	why:     `"was it the worst ever?" is denied by "the second worst blackout in history", as "the largest" is by "second-largest": "worst" is a superlative without "-est"`,
	article: "Typhoon Kell\n\nTyphoon Kell struck Taiwan in September 2016. Kell left 3.9 million households without power, the second worst blackout in history after Typhoon Varga's 4.8 million households in 2015.\n",
	opens:   map[string]string{"was kell's blackout the worst taiwan ever had?": "No"},
}, {
	name:    "AloneIsNotWithTheOthers",
	why:     `"was Varga on the surface with the other two?" is denied by "Varga flew the orbiter alone while they were on the surface"`,
	article: "Kell landing\n\nThe Kell lander touched down on 20 July 1969 with two crew aboard. Command pilot Ann Varga flew the orbiter alone while they were on the surface.\n",
	opens:   map[string]string{"was Varga on the surface with the other two?": "No"},
}, {
	name:    "WhereIsNoNumberedWordNorOwner",
	why:     `"where did it happen?" is not answered by a common word numbered after "in" ("in Week 15" of a season) nor by a name owning what came "from" it ("from Varga's expedition"); a place stays an answer ("in Kellton")`,
	article: "Kell comeback\n\nThe Kell Rovers beat the Dunmore Hawks in Week 15 of the 1980 season. They went on to play a team from Varga's league.\n\nThe game\n\nThe game was played in Kellton before 40,000 fans.\n",
	without: map[string]string{"where did it happen?": "Week", "where did they go?": "Varga"},
}, {
	name:    "ARussianNameOfOneSound",
	why:     `"Хайла" is the story's Haila, though its sound key is one consonant ("l": h and the vowels are silent), too short to key a name by: a name of one sound is matched by its letters, "kh" as "h" and a case ending dropped`,
	article: "Typhoon Haila\n\nTyphoon Haila struck the island of Luzon on 19 October 2016. Nineteen people were killed by Haila, and damage reached $1 billion.\n",
	holds:   map[string]string{"Сколько людей погибло из-за тайфуна Хайла?": "Nineteen"},
}, {
	name:    "HowFastIsASpeed",
	why:     `"how fast was it?" is answered by a speed, not by a length cut from one ("5 miles" of "from 10 miles per hour to 5 miles per hour", a limit set after the crash)`,
	article: "Kell train crash\n\nA commuter train crashed into the Kell terminal on 3 May 2019. Afterwards the operator cut the speed limit on the approach into the station from 10 miles per hour to 5 miles per hour.\n",
	without: map[string]string{"how fast was it?": "miles"},
}, {
	name:    "HowManyWereThereGetsNoLine",
	why:     `"how many people were there?" asks how many were at the story's event, which a count of people in the best passages seldom is ("a jury of 16 people")`,
	article: "Kell riot trial\n\nA riot broke out at the Kell rally on 3 May 2019. The trial of the organisers began in June, with a jury of 16 people, 10 men and 6 women.\n",
	without: map[string]string{"how many people were there?": "16"},
}, {
	name:    "HowLongIsAFigureOfTime",
	why:     `"how long did the moves last?" asks a time, a figure with its unit ("three and half hours"), not a count that a time word follows ("12 birds this year")`,
	article: "Kell woodpeckers\n\nBiologists moved red-cockaded woodpeckers from Eglin to Kell forest this year. How long the moves will last is unclear; Kell forest asked for 12 birds this year, and the moves last until the birds settle.\n",
	without: map[string]string{"how long did the moves last?": "birds"},
}, {
	name:    "WhenItHappenedIsTheLeadsDate",
	why:     `"when did it happen?" asks the date of the story's own event, the fullest the lead gives ("on January 27, 1967"), not a later paragraph's date that the title's words find ("Kell 7, in October 1968"); "what year was it?" its year`,
	article: "Kell 1\n\nKell 1 was the first crewed mission of the Kell program. A cabin fire during a launch rehearsal test on January 27, 1967, killed all three crew members.\n\nAftermath\n\nCrewed Kell flights were suspended for 20 months. The Kell 1 backup crew flew the first crewed Kell mission, Kell 7, in October 1968.\n",
	want:    map[string]string{"when did it happen?": "January 27, 1967", "what year was it?": "1967"},
}, {
	name:    "WhenItHappenedIsTheTitlesDate",
	why:     `a plain-text title line that dates the story ("… Earthquake – August 24, 2014") dates its event before a lead that names only an older one ("since the great quake of 1906")`,
	article: "M6 Kell Earthquake – August 24, 2014\n\nThe Kell earthquake was the largest in the bay area since the great quake of 1906. It damaged 200 homes.\n",
	want:    map[string]string{"when did it happen?": "August 24, 2014"},
}, {
	name:    "WhoIsNoPlaceSomethingHappenedAt",
	why:     `"who was killed?" is not answered by the school the children were killed at ("The classrooms at Kell Junior School were flooded"); a body one is in stays an answer ("Biologists in the Kell Fisheries Council reviewed …")`,
	article: "Kell landslide\n\nOn 3 May 1966 a spoil tip collapsed on the village, killing 40 children. The classrooms at Kell Junior School were flooded; young children and teachers were killed by the mud. Biologists in the Kell Fisheries Council reviewed the damage to the river.\n",
	without: map[string]string{"who was killed?": "School"},
	want:    map[string]string{"who reviewed the damage?": "Kell Fisheries Council"},
}, {
	name:    "HowMuchDamageIsMoney",
	why:     `"how much damage was done?" asks a sum of money, as a story gives damage ("put the damage to homes at $4 million"), not a wind speed or a distance beside the word ("The worst of the damage came from winds nearing 155 mph")`,
	article: "Storm hits Kell Island\n\nA storm struck Kell Island on 3 May 2019. The worst of the damage came from winds nearing 155 mph. The storm surge reached 3 miles inland.\n\nRecovery\n\nInsurers put the damage to homes at $4 million.\n",
	want:    map[string]string{"how much damage was done?": "$4 million"},
}, {
	name:    "AnyAtAllDeniedOnlyByNone",
	why:     `"did anyone die?" asks whether there was any death at all: "No" needs a sentence that says none ("no one was hurt"), not one that says some lived ("The royal family survived") or that no one was prosecuted for a death, nor one whose "no" is of another thing ("there is no way to go on")`,
	article: "Kell Island storm\n\nA storm struck Kell Island on 3 May 1911. The royal family survived the storm in the stone keep. No one was prosecuted for either death at the harbour. There is no way to go on with the old quay, said the harbourmaster. No one was hurt in the keep.\n",
	without: map[string]string{"did anyone die?": "No:", "were there any deaths?": "No:"},
	opens:   map[string]string{"was anyone hurt?": "No: "},
}, {
	name:    "AnyAtAllNotSaidByAName",
	why:     `"were there any deaths?" is not answered "Yes" by a sentence that says "death" only in a name ("a temporary lake in Death Valley")`,
	article: "Satellite Helps Gauge the Depth of Death Valley’s Lake\n\nA satellite measured the depth of a temporary lake in Death Valley in March 2024. The lake formed after heavy rain in February.\n",
	without: map[string]string{"were there any deaths?": "Yes"},
}, {
	name:    "NoDefinitionFromAPassive",
	why:     `"what was the verdict?" is not answered by what was done to the verdict ("the verdict was overturned on appeal"), nor "who was responsible?" by "the vessel responsible was thought to be moored …": a passive says nothing of what a thing is; one that reports a judgment goes on to say it ("the damage was estimated at $4 million")`,
	article: "Tolva ferry fire\n\nA fire broke out on the Tolva ferry on 3 May 2011 and burned for six hours. The skipper was found guilty of negligence, but the verdict was overturned on appeal in 2013. The vessel responsible was thought to be moored at Kell Quay. The damage was estimated at $4 million.\n",
	without: map[string]string{"what was the verdict?": "overturned", "who was responsible?": "moored"},
	holds:   map[string]string{"what was the damage?": "$4 million"},
}, {
	name:    "TheWinnerOfTheStorysMatch",
	why:     `a bare "who won?" asks who won the match the story is about, which its lead says ("Harlow Town defeated Dunmore Rovers 3–1 in the … final"), not who won what a later paragraph tells of ("Dunmore Rovers had won the cup in 2017 and 2018")`,
	article: "Harlow Cup final\n\nHarlow Town defeated Dunmore Rovers 3–1 in the 2019 Harlow Cup final at Mill Lane.\n\nBackground\n\nDunmore Rovers had won the cup in 2017 and 2018, and won their last six league matches before the final.\n",
	want:    map[string]string{"who won?": "Harlow Town", "who won the final?": "Harlow Town"},
}, {
	name:    "TheLoserOfTheStorysMatch",
	why:     `a bare "who lost?" asks who lost the match the story is about: the side the lead's result sentence names ("Kells beat the Mill Owls", "Dunmore Rovers lost the final to Tolva"), else the other of the two sides it pairs with the winner ("contested between Kells and Dunmore Rovers"), even in a story that never says "lost"; "Kells" is not the "West Kells" a later paragraph names`,
	article: "Harlow Cup final\n\nThe 2019 Harlow Cup final was contested between Kells and Dunmore Rovers at Mill Lane on 4 May 2019. Kells won the final 2–1 to claim their first cup.\n\nBackground\n\nIn 1974 the cup went to West Kells, a works side from the docks.\n",
	want:    map[string]string{"who won?": "Kells", "who lost?": "Dunmore Rovers", "who lost the final?": "Dunmore Rovers"},
}, {
	name:    "NoWinnerWhereTheLeadNamesNone",
	why:     `a bare "who won?" of a story whose lead names no result gets no line: the other paragraphs tell of other games ("a 30–28 win over Kell State") and a season ("Coach Ann Lee's team won seven games") as often as of the story's`,
	article: "Tolva Bowl\n\nThe 2016 Tolva Bowl was a college football game played on 21 December 2016 at Tolva Stadium. It featured the Ridge Hawks against the Mill Owls.\n\nTeams\n\nThe Ridge Hawks became eligible with a 30–28 win over Kell State. Coach Ann Lee's team won seven games.\n\nGame\n\nThe Owls went ahead late in the fourth quarter on a field goal.\n",
	want:    map[string]string{"who won?": "", "who won the game?": ""},
}, {
	name:    "WinnersByPossessiveWinsOddsAndPrevailing",
	why:     `the lead tells a result in more ways than "X won the final": "Toronto's 2–0 win over Seattle", "Sarava, who won at odds of 70-1", "with Boston prevailing five games to three"`,
	article: "Cup final\n\nAfter a goalless first half, Toronto's 2–0 win over Seattle was sealed late.\n\nBackground\n\nSeattle had won the cup in 2016.\n",
	want:    map[string]string{"who won?": "Toronto", "who lost?": "Seattle"},
}, {
	name:    "WinnerAtOdds",
	why:     `"a late charge by Elm Star, who won at odds of 36-1" names the race's winner, where "won the Derby" names an earlier race's`,
	article: "Tolva Stakes\n\nMill Lad won the Derby and the Guineas but could not hold off a late charge by Elm Star, who won at odds of 36-1.\n\nPre-race\n\nMill Lad won the Derby by five lengths.\n",
	want:    map[string]string{"who won?": "Elm Star"},
}, {
	name:    "WinnerPrevailing",
	why:     `"with Boston prevailing five games to three" names the series' winner; the National League is a side's title, not the loser`,
	article: "1903 Series\n\nThe series matched the American League champion Boston against the National League champion Pittsburgh in a best-of-nine series, with Boston prevailing five games to three.\n\nGames\n\nPittsburgh won the first game 7–3.\n",
	want:    map[string]string{"who won?": "Boston"},
	without: map[string]string{"who lost?": "National League"},
}, {
	name:    "TheTollOfTheStorysDisaster",
	why:     `a bare "how many died?" or "how many were injured?" asks the toll of the disaster the story is about, which its lead gives in words a reader's "died" does not find ("79 dead", "killed all twenty people", "injuring 150"), not the toll of an earlier disaster a record is counted from ("since an accident at Kell in 1961 killed eleven"), nor a share of the toll ("how many died in the town?")`,
	article: "Tolva rail crash\n\nOn 3 March 2019 a passenger train derailed near Tolva. The official number of casualties reached 79 dead, with 550 injured. It was the deadliest accident on the line since an accident at Kell in 1961 killed eleven.\n\nAftermath\n\nSix of the dead were from Tolva itself, where the mayor declared three days of mourning.\n",
	want:    map[string]string{"how many died?": "79", "how many people were killed in the crash?": "79", "what was the death toll?": "79", "how many were injured?": "550"},
	without: map[string]string{"how many people died in tolva?": "79"},
}, {
	name:    "TheTollAfterItsVerb",
	why:     `"The accident killed all twenty people on board" gives the toll after its verb, where "a rockfall that killed 3 people" tells of another event; "what was the death toll?" is not answered by what the toll "was equal to", nor "how many people lost their lives?" refused`,
	article: "Cable car disaster\n\nOn 1 July 1999 a gondola fell into the valley at Elm Pass, where a rockfall that killed 3 people had closed the road in 1990. The accident killed all twenty people on board. The death toll was equal to that of an accident in Tolva one year previously.\n",
	want:    map[string]string{"how many died?": "twenty people", "what was the death toll?": "twenty people", "how many people lost their lives?": "twenty people"},
}, {
	name:    "TheTollBeforeAnAside",
	why:     `"A total of 49 people, including 44 on the ground, were killed" counts 49 killed, not the 44 of its aside`,
	article: "Air disaster\n\nOn 30 July 1987 a cargo plane crashed onto a busy road in Tolva. A total of 49 people, including 44 on the ground, were killed in the crash. At least 20 people were injured.\n",
	want:    map[string]string{"how many died?": "49 people", "how many were injured?": "At least 20 people"},
}, {
	name:    "TheSentenceOfTheStorysCase",
	why:     `"what was the sentence?" or "how long did he get?" asks the sentence of the case the story is about, which its lead gives ("sentenced Vidal to three years in prison, followed by two years of supervised release"); not the supervised release, not the fine for "how long", and not the sentence a later paragraph gives another man in another case`,
	article: "Fraud trial\n\nOn 8 March 2019 a court in Tolva sentenced Ramon Vidal to three years in prison, followed by two years of supervised release, and fined him $5,000.\n\nBackground\n\nIn 2004 his partner Ken Sato was sentenced to life imprisonment for an unrelated murder.\n",
	want:    map[string]string{"what was the sentence?": "three years in prison", "how long did he get?": "three years in prison", "what was his sentence?": "three years in prison"},
}, {
	name:    "NoSentenceWhereTheLeadGivesNone",
	why:     `a bare "what was the sentence?" of a story whose lead gives none gets no line: a later paragraph's sentence is as often another person's ("sentenced to life imprisonment" in an earlier case of the suspect's); a fine is no answer to "how long"`,
	article: "Lake murders\n\nThree trappers were found dead near Elm Lake in April 1924. No one was ever convicted of the murders.\n\nSuspect\n\nThe police suspected Carl Hale, who had been sentenced to life imprisonment in 1919 for an attempted murder and fined $100 in 1915 for poaching.\n",
	want:    map[string]string{"what was the sentence?": ""},
	without: map[string]string{"how long did he get?": "life", "how much time did he get?": "$100"},
}, {
	name:    "TheSentenceOfANamedMan",
	why:     `"what sentence did Sato get?" names the sentenced man and is answered from the sentences that name him, not from the lead's sentence of another: "time already served"`,
	article: "Sentencing\n\nA judge in Tolva sentenced Ramon Vidal to one year in jail on Tuesday.\n\nThe second defendant\n\nKen Sato was sentenced to time already served and placed on 180 days of home confinement.\n",
	want:    map[string]string{"what sentence did ken sato get?": "time already served", "what sentence did vidal get?": "one year in jail"},
}, {
	name:    "NoDateInsideACompoundNumber",
	why:     `"Seventy-one years after their war service" is no date "one years after their war": a number word after a hyphen is the tail of a compound`,
	article: "Twins honoured\n\nSeventy-one years after their war service in Normandy, the Hale twins were made knights of the Legion of Honour at a ceremony in Tolva.\n",
	without: map[string]string{"when were the twins honoured?": "one years"},
}, {
	name:    "WhoIsInvolvedIsTheLead",
	why:     `"who is involved?" asks who the story is about, in no word of the story's: it is shown the lead with no line, not told the story doesn't say`,
	article: "Lake murders\n\nThree trappers, Ed Nickols, Roy Wilson and Dewey Morris, were found dead near Elm Lake in April 1924.\n\nSuspect\n\nThe police suspected Carl Hale.\n",
	want:    map[string]string{"who is involved?": "", "who was involved in this?": ""},
}, {
	name:    "WhereWasItPlayed",
	why:     `"where was it played?" and "when was it held?" ask of the story's own match by a pronoun and a verb an event is held by: read with the title, they are answered from the lead, not with a team's name a later paragraph gives beside "played"`,
	article: "2019 Harlow Cup Final\n\nThe 2019 Harlow Cup Final was a football match played at Mill Lane Stadium in Tolva on 4 May 2019 between Kells and Dunmore Rovers.\n\nBackground\n\nDunmore Rovers played in Kells in the 2018 final and lost.\n",
	want:    map[string]string{"where was it played?": "Mill Lane Stadium in Tolva", "when was it held?": "4 May 2019"},
}, {
	name:    "WhereIsThisIsTheDateline",
	why:     `"where is this?" asks where the story is from, which its dateline says ("Calhoun County, Alabama — Biologist …"), not the region a biologist in it serves`,
	article: "Snail found again\n\nCalhoun County, Alabama — Biologist Ann Lee, the Service's geneticist for the Southeast Region, found a painted rocksnail on Tuesday, the first seen in decades.\n\nThe snail needs clean, flowing water.\n",
	want:    map[string]string{"where is this?": "Calhoun County, Alabama"},
}, {
	name:    "TheNumberAboard",
	why:     `"how many people were on board?" asks the number aboard the story's craft, which its lead gives as the whole of a share ("killing 71 of the 77 people on board") or after "carrying" when people follow ("carrying 17 people"), not the share killed`,
	article: "Flight 290 crash\n\nFlight 290 was a charter flight that crashed near Tolva on 28 November 2016, killing 71 of the 77 people on board.\n\nFlight\n\nThe aircraft had left Elm Bay two hours before.\n",
	want:    map[string]string{"how many people were on board?": "77 people", "how many were aboard the plane?": "77 people", "how many died?": "71 of the 77 people"},
}, {
	name:    "CarryingPeopleNotHorses",
	why:     `"carrying 18 champion horses" counts no one aboard; "carrying 17 people" does`,
	article: "Cargo crash\n\nOn 30 July 1987 a cargo plane carrying 18 champion horses crashed onto a road in Tolva.\n\nA second plane carrying 17 people landed safely.\n",
	without: map[string]string{"how many people were on board?": "18"},
}, {
	name:    "TheCrewOfTheStorysCraft",
	why:     `"who was the crew?" asks the people the lead names as a craft's crew ("Its four-person crew of Commander Ann Lee, Pilot Ken Sato, … and Virgil I. \"Gus\" Hale"), not one of them, nor the crew's definition, nor a later paragraph's backup crew`,
	article: "Flight 7\n\nOn 3 February 1994 the shuttle Tolva took off on its seventh flight. Its four-person crew of Commander Ann Lee, Pilot Ken Sato, Mission Specialist Maria Vidal and Virgil I. \"Gus\" Hale spent eight days in orbit.\n\nTraining\n\nThe backup crew, Tom Reed and Jane Ford, trained alongside them.\n",
	want:    map[string]string{"who was the crew?": `Ann Lee, Ken Sato, Maria Vidal, Virgil I. "Gus" Hale`, "who were the astronauts?": `Ann Lee, Ken Sato, Maria Vidal, Virgil I. "Gus" Hale`},
}, {
	name:    "NoCrewFromAlternates",
	why:     `"Jose Baca and Brandon Kent are this mission's alternate crew members" names the crew that stands by, not the crew`,
	article: "New crew selected\n\nNASA has selected a crew of four volunteers. Jason Lee, Stephanie Navarro, Ann Reed and Piyumi Wijesekara will step into the habitat on Friday. Jose Baca and Brandon Kent are this mission's alternate crew members.\n\nHabitat\n\nThe habitat is in Houston.\n",
	without: map[string]string{"who was the crew?": "Baca"},
}, {
	name:    "ANewsReleaseLeadsWithItsFirstParagraph",
	why:     `a story with no heading leads with its first paragraph, past a plain-text title line: "what was the sentence?" is the first defendant's, not the title's nothing nor the next paragraph's defendant`,
	article: "Endangered Tolva deer poachers sentenced to jail in the federal court\n\nA judge in Tolva sentenced Ramon Vidal to one year in jail on Tuesday for poaching deer.\n\nKen Sato was sentenced to time already served.\n",
	want:    map[string]string{"what was the sentence?": "one year in jail"},
}, {
	name:    "TheSurvivorsOfTheStorysDisaster",
	why:     `"how many survived?" is what the lead's share of dead leaves ("killing 71 of the 77 people on board": 6), or its count of survivors ("only 24 survivors"); not a list's "two other passengers survived with injuries"`,
	article: "Flight 290 crash\n\nFlight 290 crashed near Tolva on 28 November 2016, killing 71 of the 77 people on board. One of the four crew members and two other passengers survived with injuries.\n\nRescue\n\nHelicopters searched the mountain.\n",
	want:    map[string]string{"how many survived?": "6", "how many people survived the crash?": "6"},
}, {
	name:    "NoSurvivorsWhereTheLeadCountsNone",
	why:     `a bare "how many survived?" of a lead that counts no survivors gets no line: "U-156 picked up the survivors" and "killed dozens of survivors" count none, and later paragraphs count "at least one horse" and "about two minutes"`,
	article: "Cargo crash\n\nOn 30 July 1987 a cargo plane crashed onto a road in Tolva, and U-156 picked up the survivors. A second plane killed dozens of survivors.\n\nAftermath\n\nAt least one horse survived. The fire burned for about two minutes.\n",
	want:    map[string]string{"how many survived?": ""},
}, {
	name:    "TheTollFromTheBestSentences",
	why:     `"how many died?" of a lead that gives no toll is answered by the best sentence that gives one in a toll's words ("six perished in the flames"); "Forty-two of the 63 earthquake fatalities died when …" names its whole as the toll`,
	article: "Steamboat fire\n\nThe steamboat Tolva caught fire on Lake Elm on 4 September 1819.\n\nFire\n\nMost of the passengers and crew escaped, but six perished in the flames or by drowning.\n",
	want:    map[string]string{"how many died?": "six"},
}, {
	name:    "TheWholeOfAShareNamedAsToll",
	why:     `"Forty-two of the 63 earthquake fatalities died when the viaduct collapsed" tells of 63 dead, 42 of them at the viaduct`,
	article: "Earthquake\n\nThe earthquake struck Tolva on 17 October 1989.\n\nDamage\n\nForty-two of the 63 earthquake fatalities died when the Elm Viaduct collapsed.\n",
	want:    map[string]string{"how many died?": "63"},
}, {
	name:    "NoTollIsNoCount",
	why:     `a count beside a near word of "die" in a story that tells of no deaths is no toll: "how many died?" is not answered "13-match unbeaten streak" nor "120,000 people"`,
	article: "Cup final\n\nThe Owls won the Tolva Cup final 2–0 on Saturday.\n\nBackground\n\nThe Owls went on a 13-match unbeaten streak before the final, which a crowd of 120,000 people watched.\n",
	without: map[string]string{"how many died?": "13", "how many people died?": "120,000"},
}, {
	name:    "NoDoerOfABareIt",
	why:     `"who caused it?" asks the doer of what the story is about by a bare "it", and the name nearest "caused" in the best passage is as often another's ("had added to damage caused by Typhoon Karen"): no line`,
	article: "Typhoon Tolva\n\nTyphoon Tolva struck the coast of Elm Bay on 3 May 2016, flooding the old town.\n\nRetirement\n\nThe weather agency announced that the name Tolva will be removed from its lists because it had caused over $1 billion in damages and had added to damage caused by Typhoon Karen.\n",
	without: map[string]string{"who caused it?": "Karen", "who caused this?": "Karen"},
}, {
	name:    "TheScoreOfTheStorysMatch",
	why:     `"what was the final score?" asks the score of the match the story is about, which its lead gives ("Harlow won the cup final 3–1"), not the score of an earlier meeting told further down`,
	article: "Harlow Cup final\n\nHarlow Town won the Harlow Cup final 3–1 against Dunmore Rovers on Saturday, their first cup since 1988.\n\nBackground\n\nThe sides last met in the league in March, when Dunmore beat Harlow 2–0 at home.\n",
	want:    map[string]string{"what was the final score?": "3–1"},
}, {
	name:    "NamesStartAfterConnectivesAndStopAtEllipses",
	why:     `"Despite Hollis's lead, Varga …" names Hollis, not "Despite Hollis"; "Here comes Nadia Varga... Varga surges past" names Varga twice, not "Nadia Varga... Varga"`,
	article: "Final\n\nDespite Kendra Hollis's early lead, the race turned in the last lap. Here comes Nadia Varga... Varga surges past... Varga takes the Carlow Cup.\n",
	want:    map[string]string{"who took the carlow cup?": "Nadia Varga", "who had the early lead?": "Kendra Hollis"},
}, {
	name:    "ItIsTheStorysSubject",
	why:     `"when did it happen?" says nothing but a pronoun, which a reader points at what the story is about: it is read with the story's title for "it" and answered from the lead, where it was "The story doesn't say when."`,
	article: "Road bridge collapse\n\nThe old road bridge at Tolva collapsed into the Ebro on 3 March 2019, taking two cars with it. Both drivers were rescued by fishermen. The next day the river road was closed too.\n\nThe regional government had closed the bridge to lorries in 2015 after an inspection found cracks in its piers.\n",
	want:    map[string]string{"when did it happen?": "3 March 2019", "where did this happen?": "Tolva", "what day was it?": "3 March 2019"},
}, {
	name:    "SinceARecordIsAnotherEvent",
	why:     `"the deadliest ferry accident on the lake since forty people died when the Marla sank off Kell in 1952" counts the Marla's dead, not the Osprey's: "how many people died?" is not "forty people"; "how many died when the marla sank in 1952?", which names it, still is`,
	article: "Capsize\n\nThe ferry Osprey capsized near Dunmore on Friday night with 60 passengers aboard. Rescuers recovered nine bodies by morning.\n\nRecord\n\nIt was the deadliest ferry accident on the lake since forty people died when the Marla sank off Kell in 1952.\n",
	without: map[string]string{"how many people died?": "forty"},
	want:    map[string]string{"how many people died when the marla sank in 1952?": "forty people"},
}, {
	name:    "TheKidIsTheStorysChild",
	why:     `"the kid" of a chat question stands for the story's boy, as "that guy" stands for its man: a story that never says "kid" is not taken to say nothing of the question`,
	article: "River\n\nA boy was swept into the Ebro at Tolva on Sunday afternoon. Ramon Vidal, a fisherman, swam out and pulled him from the water.\n",
	want:    map[string]string{"who pulled the kid out of the water?": "Ramon Vidal"},
}, {
	name:    "YetToDenies",
	why:     `"has yet to be established" says it has not been: "is the cause of the mill fire known?" is answered "No", where the "yet" split the sentence like a "but" and the "Yes" stood on the words before it`,
	article: "Fire\n\nThe cause of the fire at the Orme paper mill has yet to be established by investigators.\n",
	opens:   map[string]string{"is the cause of the orme mill fire known?": "No:"},
}, {
	name:    "AQualifiedTimeAgo",
	why:     `"roughly 12,000 years ago" keeps its "roughly": "when did the lake drain?" is answered with the date as the story hedges it, not "12,000 years ago"`,
	article: "Lake\n\nGlacial Lake Oro drained roughly 12,000 years ago, when the ice dam at its northern end gave way.\n",
	want:    map[string]string{"when did lake oro drain?": "roughly 12,000 years ago"},
}, {
	name:    "ARangeInWords",
	why:     `"between thirty-five and sixty thousand barrels" is one count, a range written in words: "how many barrels spilled?" is answered with all of it, not "sixty thousand barrels"`,
	article: "Spill\n\nThe tanker Morrow spilled between thirty-five and sixty thousand barrels of crude into Kell Sound after it ran aground.\n",
	want:    map[string]string{"how many barrels did the morrow spill?": "between thirty-five and sixty thousand barrels"},
}, {
	name:    "NoOneIsAPlaceToldAsWhere",
	why:     `"who said at the hearing that the driver was asleep?" is not answered by Dublin, where the surgeon worked: a place English knows, after "in", "at" or "to", did nothing`,
	article: "Hearing\n\nAs stated at the hearing in June 2014 by the surgeon, who treated the driver at the hospital in Dublin, the driver was asleep when the lorry left the road.\n",
	without: map[string]string{"who said at the hearing that the driver was asleep?": "Dublin"},
}, {
	name:    "ARoleHeldByAName",
	why:     `"who was official timekeeper for the relay?" asks who held a role, which "Kelso's Mark Thorne was official timekeeper" says, though the question is worded as "who is X?"; a sentence that names a place beside the role ("the podiatrist … in Vellin") gives no one`,
	article: "Relay\n\nFerris Hall won the relay at the interval, with Tom Eddy second. Radio host Ann Pike was also the relay announcer, while Kelso's Mark Thorne was official timekeeper.\n\nClinic\n\nThe boy was first seen by the podiatrist, who sent him on to the clinic in Vellin the next day.\n",
	want:    map[string]string{"who was official timekeeper for the relay?": "Mark Thorne"},
	without: map[string]string{"who was the podiatrist?": "Vellin"},
}, {
	name:    "FiguresBesideOfAnotherThing",
	why:     `a review of the readings past the best sentence: "Of the 40 cattle in the barn, 22 died" counts cattle, not people who died; "a 24-metre court" measures the court, not how long the match was; "how much more money …than last year?" asks a difference, which the evening's "$12,000" is not`,
	article: "Barn\n\nFire broke out in the main barn at Lowther Farm on Sunday night. All 14 people on the farm got out unhurt. Of the 40 cattle in the barn, 22 died in the smoke.\n\nCourt\n\nIn the final at Dunmore, Rosa Lind beat Ida Kern in three sets. The match was played on a 24-metre court that had been laid only a week before.\n\nDinner\n\nTickets for the awards dinner cost $80, and the evening raised $12,000 for the institute's library.\n\nSinking\n\nThe Mary Cole was the worst loss on the lake since the Alder sank in 1921, with 340 dead and only 12 survivors.\n\nBridge\n\nThe bridge was built in 1931 and its two bronze statues were added later. Work on the bridge began in the fall of 2018.\n",
	without: map[string]string{"how many people died at lowther when the barn went up?": "22", "how long was the final match between lind and kern?": "24", "how much more money did the dinner raise than last year?": "12,000"},
}, {
	name:    "ADateBesideWhatHappened",
	why:     `"At 6:12 p.m., a calf bellowed." dates what the question asks happened, the date beside its verb, though the question's "first" and "heard" are not the sentence's: "when was the first calf heard bellowing?" is answered, where "first" also said in "When I first started working the fen in 2001" left no line`,
	article: "Release\n\nThe keepers opened the pens at Harrow Fen and waited in the hide as the light faded over the marsh.\n\n“The trick is getting to the pen before the calf hears you,” said Ona Brill.\n\nAt 6:12 p.m., a calf bellowed.\n\n“When I first started working the fen in 2001 there were no herds at all,” Brill said.\n",
	want:    map[string]string{"from the hide, when was the first calf heard bellowing?": "6:12 p.m."},
}, {
	name:    "ACountInTheBestParagraph",
	why:     `"Nineteen passengers were hospitalized, four of them with broken bones" answers how many passengers ended up in hospital, though its words are not the question's`,
	article: "Ferry\n\nThe ferry Ostra struck the pier at Norden in thick fog on the evening of May 3. Nineteen passengers were hospitalized, four of them with broken bones.\n",
	want:    map[string]string{"how many passengers ended up in hospital after the ostra hit the pier?": "Nineteen passengers"},
}, {
	name:    "AMeasureBesideTheThingAsked",
	why:     `"The 190-minute match ended after midnight" gives how long the match was, though "Varga beat Hollis in four sets" names more of the question and gives no measure; "The trek covered a distance of 400 miles" is no answer to how far north the point lies`,
	article: "Final\n\nIn the final at Carlow, Nadia Varga beat Ilse Hollis in four sets. The 190-minute match ended after midnight, the latest finish the club has seen.\n\nTrek\n\nThe trek began at Ostby Point, on the northern shore, and ended at the old mission at Kell. The trek covered a distance of 400 miles.\n",
	want:    map[string]string{"how long was the varga v hollis final match?": "190 minutes"},
	without: map[string]string{"how far north is ostby point?": "400"},
}, {
	name:    "MoneyAskedWithANounBeforeIt",
	why:     `"how much reward money …?" asks an amount of money as "how much money …?" does: the story that gives the reward's sum answers it, and one that names a reward but no sum doesn't say, rather than showing passages with no line`,
	article: "Reward\n\nThe Harlow Trust offered $5,000 in reward money for news of the stolen bell.\n\nRace\n\nTeodora Vance won the Harlow road race for the third time, and the town gave her a silver cup.\n",
	want:    map[string]string{"how much reward money did the harlow trust offer?": "$5,000"},
	refuses: []string{"how much prize money was vance given for the road race?"},
}, {
	name:    "CountedByTheVerbAsked",
	why:     `"most of the miners got out …, but nine perished" counts people by the question's verb, in a sentence that names less of the question than the one before it: "how many people died after the dam burst above Elsby?" is "nine", not refused; two such counts that differ are no answer`,
	article: "Flood\n\nOn March 2, 1871, the Carrow pit flooded after a dam burst above the town of Elsby. Most of the miners got out through the old shaft, but nine perished in the lower gallery. The pit never reopened.\n\nLater\n\nThe owners paid the families a small sum, and the town built a memorial.\n",
	want:    map[string]string{"how many people died after the dam burst above elsby?": "nine"},
}, {
	name:    "OfWhichPointsBackToTheCounted",
	why:     `"Jesuit colleges -- six of which were founded" counts colleges with "of which": "how many colleges were founded?" is "six", not refused; "made up of five reefs: three of which …" counts part of the five, so "how many reefs?" stays "five reefs"`,
	article: "Schools\n\nIn those years the order opened Jesuit colleges -- six of which were founded between 1850 and 1890.\n\nReefs\n\nThe marine park is made up of five reefs: three of which, Alta and Bajo and Cruz, are older than the rest.\n",
	want:    map[string]string{"how many jesuit colleges were founded?": "six", "how many reefs make up the marine park?": "five reefs"},
}, {
	name:    "UntilDatesAnEnd",
	why:     `"Weather delayed Atlantis's departure … until the next day" dates the end of a delay, not a leaving: "when did Atlantis leave Fort Kell?" is answered by "its departure on March 23"; a question of how long or until when still may be; "confirmed that Ortega was being detained until 2030" confirmed in May 2016; but "remained closed until October 10, when a few platforms were reopened" and "did not issue until 1964" date what is asked`,
	article: "Ferry flight\n\nWeather delayed Atlantis's departure for the planned refueling stop at Fort Kell until the next day. About 200,000 people went to view the shuttle during its overnight layover at Fort Kell prior to its departure on March 23.\n\nPrison\n\nIn May 2016, Tomas Ruiz, director of the prison service, confirmed that Ortega was being detained until 2030 for his part in the massacre.\n\nTerminal\n\nThe Kell Terminal remained closed until October 10, when a few platforms were reopened.\n\nPatent\n\nThe patent did not issue until 1964, and by 1967 Halvor sued Brandt to break it.\n",
	want: map[string]string{
		"When did Atlantis leave Fort Kell?":        "March 23",
		"when did Ruiz confirm Ortega's detention?": "May 2016",
		"when did the terminal first reopen?":       "October 10",
		"when was the patent issued?":               "1964",
	},
}, {
	name:    "HowFarAheadIsALead",
	why:     `"how far up were they at half time?" asks a lead, which a game counts in its own units: "nine points up", "0.9 seconds behind", no distance; "how far up the hill …?" of a story that tells no lead still asks a distance; "how far ahead …?" is answered by a lead ahead ("led by four strokes"), not one behind, and "how big was her lead?" by what she led by`,
	article: "Final\n\nA goal from Reed put Kingsford nine points up at half time in front of a crowd of 90,000.\n\nRace\n\nAt the end of lap four Marta Quiroga was 0.9 seconds behind, 20 kilometres into the race.\n\nGround\n\nThe old stand, which stood 40 metres up the hill from the pitch, will be pulled down in June.\n\nGolf\n\nKerr was two strokes behind Holt after the first round but led by four strokes after the third.\n\nLap one\n\nAt the end of the first lap, Ines Moraes led Tom Brandt by 1.2 seconds, 14 kilometres from the finish.\n",
	want: map[string]string{
		"how far up were kingsford at half time?":             "nine points up",
		"how far behind was quiroga after four laps?":         "0.9 seconds behind",
		"how far up the hill was the old stand?":              "40 metres",
		"how far ahead was Kerr after the third round?":       "four strokes",
		"how far behind Holt was Kerr after the first round?": "two strokes behind",
		"how big was ines moraes's lead after the first lap?": "1.2 seconds",
	},
}, {
	name:    "TheBoundAsked",
	why:     `"at least how many villagers lost their lives?" asks the lower bound, "at least 12 villagers", not the "as many as 30 villagers" beside it; "how many hours at most …?" asks the upper one, "up to four hours", not the "about five hours" before it; "About 600 people were rescued by boat and at least 250 by helicopter" are two figures, and the bound of the other is no reading of the 600`,
	article: "Toll\n\nThe parish ledgers suggest that at least 12 villagers and perhaps as many as 30 villagers lost their lives in the storm.\n\nShifts\n\nEach morning the crew spent about five hours setting up the pumps, followed by up to four hours of watching the tide gauges.\n\nRescue\n\nAbout 600 people were rescued by boat and at least 250 by helicopter.\n",
	want: map[string]string{
		"at least how many villagers lost their lives?":           "at least 12 villagers",
		"how many hours at most did the crew spend each morning?": "up to four hours",
		"at least how many people were rescued by boat?":          "About 600 people",
	},
}, {
	name:    "ALittleWordIsNoKindOfThing",
	why:     `"as" is a little word, though WordNet knows "AS" as American Samoa, a district: "which district was the farmer's death filed under?" is answered "Holt district", not "recorded as"`,
	article: "Deaths\n\nIn the county register of March 3rd, a farmer's death is recorded as occurring in the Holt district.\n",
	want:    map[string]string{"which district was the farmer's death filed under in the county register?": "Holt district"},
}, {
	name:    "APointingAdjectiveTellsNotWhich",
	why:     `"a specific part of the leg" says no more which part than "part", nor "the current record" which record: neither is an answer line; "whole milk" names a kind, and "the present building" one set against the original`,
	article: "Repair\n\nThe graft used for the repair was taken from a tendon in the ankle, which showed that tissue taken from a specific part of the leg could rebuild a joint.\n\nSwim\n\nLast winter Mara Lind swam the Ice Mile Series, for which she holds the current record.\n\nMuseum\n\nThe café serves only whole milk and oat milk. The original building dates from 1898; the present building was added in 1974.\n",
	without: map[string]string{"which record is mara lind's?": "current", "which part of the leg did the graft come from?": "specific"},
	holds:   map[string]string{"what kind of milk does the café serve?": "whole milk", "which building was added in 1974?": "present building"},
}, {
	name:    "TimesOfTheOthers",
	why:     `"how many times were the two other papers cited?" counts times, and of the "others": "two others have been cited over 750 times" answers it, not the papers' "two" nor the 1,500 times of the first two; "Three other players" says its "other" after the count`,
	article: "Impact\n\nThe results had a major impact on the field: two of the Lund papers have been cited over 1,500 times, and two others have been cited over 750 times.\n\nChess\n\nKim won the open with 8 points. Three other players finished unbeaten; other clubs sent 40 players in all.\n",
	want: map[string]string{
		"how many times were the two other Lund papers cited?": "over 750 times",
		"how many times were two others cited":                 "over 750 times",
		"how many other players finished unbeaten?":            "Three other players",
	},
}, {
	name:    "ACountInWordsTheQuestionSays",
	why:     `"how many times were two others cited?" says the "two" itself: "two others have been cited" restates it and counts no times, in words as in figures; "two awards" counts what "how many awards did the two lead authors win?" asks, though the question says "two" too`,
	article: "Impact\n\nThe results had a major impact on the field: two of the Lund papers have been cited over 1,500 times, and two others have been cited over 750 times.\n\nThe detector closed in 2006. Okafor and Varga, the two lead authors, won two awards for the first paper.\n",
	without: map[string]string{"how many times were two others cited": "two"},
	want:    map[string]string{"how many awards did the two lead authors win?": "two awards"},
}, {
	name:    "AnEraIsNoOne",
	why:     `"Depression-era conditions" describes the conditions: a capitalised word joined to "-era" (or "-based") names no one, so "who shot film of the workers in tough conditions?" is answered by the photographer the sentence names; "Mei-ling", a given name, is someone`,
	article: "Bridge\n\nHenri Vallon between 1930 and 1932 produced hundreds of stills and film footage which reveal at close quarters the courage of the workers in tough Depression-era conditions.\n\nThe bridge opened in 1932. Chen said his grandmother, Mei-ling, worked in the carding room of the mill from 1936 to 1941.\n",
	want:    map[string]string{"who shot film of the workers in tough conditions?": "Henri Vallon", "who worked in the carding room?": "Mei-ling"},
}, {
	name:    "AnOrdinalCountsTheTimes",
	why:     `"It was the fifth time the two clubs had met in a cup final" counts their meetings, this one with them: "how many times have the clubs met in a cup final?" is answered "fifth time", not the "twice" Rovers won; "the fourth year in a row" answers "how many years in a row …?", not a span of 30 years; where one of the best passages counts the times with the question's verb ("has won the title five times", "has visited the mine more than 400 times") the count answers, and "for the first time" counts none`,
	article: "Final\n\nIt was the fifth time Rovers and Albion had met in a cup final. Rovers had won twice before.\n\nFlooding\n\nThe Tarn flooded the town for the fourth year in a row, the worst run in 30 years.\n\nHarbor City\n\nHarbor City has won the league title five times and the Coastal Cup twice. The club will play in the Continental Cup next season for the first time in its history.\n\nMine\n\nDr. Helen Okafor wrote the first paper with Tom Varga. She has won the Rutherford Medal twice, and the lab's team has been nominated for a Nobel Prize three times.\n\nVarga, now 58, has visited the mine more than 400 times. \"I still get excited on the way down,\" he said. It was the tenth time this year that he had taken visitors underground.\n",
	want: map[string]string{
		"how many times have rovers and albion met in a cup final?": "fifth time",
		"how many years in a row has the tarn flooded the town?":    "fourth year in a row",
		"how many times has harbor city won the league title?":      "five times",
		"how many times has Varga visited the mine?":                "more than 400 times",
	},
	without: map[string]string{"how many times has harbor city played in the continental cup?": "first"},
}, {
	name:    "ThereforeFollowsTheReason",
	why:     `"The bridge was therefore closed within the hour" says what followed, and "therefore" points to the sentence before it for why, as "Through this work, …" does: "why was the bridge closed within the hour?" is answered with the crack the inspectors found, not with the question said back; a sentence whose own first clause gives the reason ("Because …, … therefore", "…, and … are therefore difficult") is its own answer`,
	article: "Bridge\n\nInspectors found a deep crack in the main girder of the Kell Bridge on Monday morning. The Kell Bridge was therefore closed within the hour, and traffic was sent to the ferry.\n\nRepairs will take a month.\n\nLena Ortiz joined a robotics project in Omaha as a young engineer. Through this work, she began building tools to support astronauts on long missions.\n\nSchools\n\nAttendance also improved. Because the district's old buses kept breaking down, the school board therefore bought 12 electric buses in 2023.\n\nScores in maths were flat. The state changed its test in 2022, and comparisons with earlier years are therefore difficult.\n",
	want: map[string]string{
		"why was the kell bridge closed within the hour?":                "Inspectors found a deep crack in the main girder of the Kell Bridge on Monday morning.",
		"why did lena ortiz start building tools to support astronauts?": "Lena Ortiz joined a robotics project in Omaha as a young engineer.",
		"why did the school board buy 12 electric buses?":                "Because the district's old buses kept breaking down, the school board therefore bought 12 electric buses in 2023.",
		"why are comparisons with earlier years difficult?":              "The state changed its test in 2022, and comparisons with earlier years are therefore difficult.",
	},
}, {
	name:    "ANumberedNameOfABody",
	why:     `"the Comet 212 Accident Review Board" is one board's name, the mission's number inside it: "which review board did ESRA set up?" is answered with it whole, not "Accident Review Board"; a year or a day before a name ("In 2019 Millbrook City Council", "May 4 Westfield Hospital") dates it and names nothing`,
	article: "Inquiry\n\nRight after the fire, ESRA convened the Comet 212 Accident Review Board to determine the cause of the fire, and both houses of the Danish Parliament conducted their own inquiries.\n\nThe report came out in April. In 2019 Millbrook City Council asked the state to replace the crossing. On May 4 Westfield Hospital reopened its cancer wing.\n",
	want: map[string]string{
		"which review board did ESRA set up?":          "Comet 212 Accident Review Board",
		"who asked the state to replace the crossing?": "Millbrook City Council",
		"which hospital reopened its cancer wing?":     "Westfield Hospital",
	},
}, {
	name:    "APrepositionGovernsItsWholeSeries",
	why:     `"with Peter Kerr, Joseph Dunn and Omar Reyes" names three partners after one "with": the first name is no less a founder than the two after the comma, so "who founded the bank together with Hollis?" is answered with all three, not the last two`,
	article: "Bank\n\nHollis also built a hall on Quay Lane for the Marsh Bank, of which he was one of the founding partners, with Peter Kerr, Joseph Dunn and Omar Reyes.\n\nThe hall was sold in 1840.\n",
	want:    map[string]string{"who founded the marsh bank together with hollis?": "Peter Kerr, Joseph Dunn and Omar Reyes"},
}, {
	name:    "ObjectAskedWithAPhraseAfterTheVerb",
	why:     `"who did Hale warn about the ice?" asks for the object of "warn", whose subject it names, though a phrase follows the verb: the name after "warned the departing" answers, not Marsh, named in the order she warned of; "who did the club bring on …?" reads "brought on" with its particle, and Hale, a word as well as a name, is the subject at the sentence's start; "signed Pike" names the player in full a sentence before, and "interviewed Lang" the playwright a paragraph before`,
	article: "Expedition\n\nHale warned the departing Surgeon-Lieutenant Brody of the order \"to cross the ice if Marsh has to return\". The club brought on Ivo Petrenko for Sam Clegg after an hour. \n\nSigning\n\nMoreno brought on Jordan Pike, a winger, at halftime. The club signed Pike from Ridgeway in January.\n\nTheatre\n\nThe new play is by Peter Lang, who grew up in the town.\n\nJo Fenwick, the critic of the Echo, interviewed Lang in April.\n",
	want: map[string]string{
		"who did Hale warn about the ice crossing?": "Surgeon-Lieutenant Brody",
		"who did the club bring on after an hour?":  "Ivo Petrenko",
		"who did the club sign in January?":         "Jordan Pike",
		"who did Fenwick interview in April?":       "Peter Lang",
	},
}, {
	name:    "AScoreCountsNothing",
	why:     `"making the score 28–7" gives a game's score: "how many yards did Dawson run in his second touchdown?" (in Russian, where "second" is no word of the sentence and the count nearest the other words wins) is answered by the 52 yards he ran, not by a side of the score`,
	article: "Cup final\n\nWith 2:10 left in the game, Dawson took a pitch to his right and ran 52 yards for a touchdown, making the score 28–7.\n\nThe crowd of 50,000 stayed to the end.\n",
	want:    map[string]string{"На сколько ярдов убежал Доусон, когда занёс второй тачдаун?": "52 yards"},
}, {
	name:    "AListOfOneIsNoList",
	why:     `"what sorts of warnings does the band give?" asks for every sort: "haptic warnings", the one sort a sentence about runners with earbuds names, leaves out the visual and auditory ones, so the passages are shown with no line`,
	article: "Band\n\nThe FitBand warns runners of heat stress. Its warnings can be set to be haptic, visual, or auditory, depending on the race.\n\nFor example, if a runner wears earbuds, only haptic warnings will be given so that nothing is missed.\n",
	want:    map[string]string{"what sorts of warnings does the FitBand give?": "", "list the warnings the fitband can give": ""},
}, {
	name:    "AListOfOneThatIsAll",
	why:     `"sold at one retailer, Best Buy" names every retailer there is: "list the retailers that sell it" is answered "Best Buy", one item though it is, since no series of retailers holds it`,
	article: "Cane\n\nThe WayCane comes in two colors, black and white. It uses three kinds of sensors: ultrasonic, infrared and a small camera.\n\nThe cane will be sold at one retailer, Best Buy, starting in March for $349.\n",
	want:    map[string]string{"list the retailers that sell the cane": "Best Buy"},
}, {
	name:    "TheDateAnnouncedIsNoEvent",
	why:     `"when did the mayor announce the date?" asks when she announced it: "the date" names what was announced, and the sentence that says "the date be brought forward" without any announcing does not date the announcement`,
	article: "Election\n\nThe election was first set for 19 November, but since the mayor's term ends on 1 December, councillors demanded that the date be brought forward.\n\nThe mayor announced on 29 May that the election will be held on 15 October.\n",
	want:    map[string]string{"when did the mayor announce the date": "29 May"},
}, {
	name:    "ACountOfADesignation",
	why:     `"how many B-52s returned?" says the designation's 52, no number of bombers: "Four B-52s returned" answers it, where the 52 read as a number the question restates had it refused`,
	article: "Bombers\n\nFour B-52s from the 2nd Bomb Wing returned to Barksdale on Friday after a five-week deployment to England.\n\nAbout 250 airmen deployed with the bombers.\n",
	want:    map[string]string{"how many b-52s returned to barksdale": "Four B-52s"},
}, {
	name:    "AnOrdinalOpeningAName",
	why:     `"The 16th SOS began flying the AC-130W" names a squadron: "how many AC-130Ws were built?" is not answered by "16th SOS began flying the AC-130W"`,
	article: "Gunships\n\nThe wing retired its last AC-130H in May. The 16th SOS began flying the AC-130W in 2015 and will later move to the AC-130J.\n",
	without: map[string]string{"how many ac-130ws were built": "16th"},
}, {
	name:    "AYearIsNoCountOfHomes",
	why:     `"1750 homes" counts homes, whatever years it looks like: "when did the power go out?" is answered by the day the story gives, not by 1750, and "how many homes were left without electricity" by "1750 homes", not refused; "in 1750 settlers arrived" still dates`,
	article: "Storm\n\nA powerful storm knocked out electricity to 1750 homes in Brackley on Sunday night, the utility said.\n\nCrews worked through the night, and power was restored by Thursday. They poured 1800 tons of gravel into a washed-out road.\n\nThe village was founded in 1750 by settlers from the coast.\n",
	without: map[string]string{"when did the power go out?": "1750"},
	want:    map[string]string{"when was the village founded?": "1750", "how many homes were left without electricity": "1750 homes", "how many tons of gravel did crews pour?": "1800 tons"},
}, {
	name:    "AMeasureBeforeItsConversion",
	why:     `"a rock about 6 feet (2 meters) in size" gives its size first as written: the brackets hold the same size in other units, one measure with it, and the words after them ("in size", "east of the lake") are the first measure's as much as the second's`,
	article: "Meteor\n\nA small rock about 6 feet (2 meters) in size burned up over the lake on Sunday night.\n\nFragments were found two days later about 12 miles (19 kilometers) east of the lake.\n",
	want:    map[string]string{"how big was the rock?": "about 6 feet", "how far from the lake were the fragments found?": "about 12 miles"},
}, {
	name:    "AnAnswerTheQuestionLeavesOut",
	why:     `"who else helped besides the state police and the coast guard investigators?" is not answered by the Coast Guard Investigative Service, which "coast guard investigators" names, every word of it; "besides the Elm River, where were the boats hidden?" is still answered by River Bend Marina, which shares only a word with what is left out`,
	article: "Smuggling\n\nThe charges came after a two-year inquiry, led by the state police with help from the Coast Guard Investigative Service, which found a large smuggling ring. The county treasurer's office has also helped in the case.\n\nStolen boats were hidden near the Elm River and at River Bend Marina in Gull Point.\n\nThe four men were sentenced on Monday.\n",
	without: map[string]string{"who else helped besides the state police and the coast guard investigators": "Coast Guard"},
	holds:   map[string]string{"besides the elm river where were the boats hidden": "River Bend Marina"},
}, {
	name:    "ACountIsNoItem",
	why:     `"six offices" counts the offices and names none: a list of the offices is the series the sentence names, not the article's phrases ending in "offices" that are a number and the noun`,
	article: "Plan\n\nEach measure of the harbour plan has a lead office. There are six offices/boards with lead roles, including: HPA, EBW, GCT, MRB, LFD and CHD.\n\nThe plan was adopted in March.\n",
	want:    map[string]string{"list the offices that have lead roles": "HPA, EBW, GCT, MRB, LFD and CHD"},
	without: map[string]string{"which offices have lead roles?": "six offices"},
}, {
	name:    "AYearBefore1800",
	why:     `a year from 1600 is a date as much as one from 1800: "Gull Point was settled in 1721" answers when it was settled, not a later sentence about "the settlement of its claims in 1911"`,
	article: "Gull Point\n\nGull Point was settled in 1721 when four fishing families built huts on the spit.\n\nThe harbour grew busy. In 1904 the county took over the Gull Point pier and made it the ferry base upon the settlement of its claims in 1911.\n\nFishing boats still use the harbour every day.\n",
	want:    map[string]string{"when was gull point settled?": "1721"},
}, {
	name:    "ASlipOfAShortStemmedWord",
	why:     `"fense" is the story's "fence" mistyped: its analysed form ("fens") is too short for the corrections to try, but the word as typed is a letter from the word as the story writes it`,
	article: "River\n\nThe town of Elm Bay built a fence along the river to keep deer out of the gardens.\n\nThe work took two weeks.\n",
	without: map[string]string{"why did the town build the fense?": "doesn't say", "wat is the fense for": "doesn't say"},
}, {
	name:    "AnOrdinalDayBeforeItsMonth",
	why:     `a day written as an ordinal before its month, as British and older English writes it ("Tuesday, 4th March", "the 12th of May", "Sunday, the 2nd of February"), is a date like "4 March": not "Tuesday" alone, nor "May"; a range of such days is one answer, a year after a comma belongs to it, and "21 of June's 30 days" counts days, as "of" follows only an ordinal`,
	article: "Works\n\nThe Elm Bay council met on the evening of Tuesday, 4th March, and approved the new sea wall.\n\nBuilders began the sea wall on the 12th of May, and the first stones were laid a week later.\n\nResidents were evacuated from the 14th to the 16th of June. Rain fell on 21 of June's 30 days.\n\nThe wall opened on Sunday, the 2nd of February, and the old pier closed on the 1st of June, 2019.\n",
	want: map[string]string{
		"when did the council meet?":            "Tuesday, 4th March",
		"when did the builders begin the wall?": "12th of May",
		"when were residents evacuated?":        "14th to the 16th of June",
		"when did the wall open?":               "Sunday, the 2nd of February",
		"when did the old pier close?":          "1st of June, 2019",
	},
	without: map[string]string{"when did it rain?": "21 of June"},
}, {
	name:    "APersonsAgeWrittenOtherwise",
	why:     `a person's age is told as "(81)", "who is nine", "in his 70s", "turned 90", "was 34 when" and "Pike, 44 and", as well as "Pike, 44,": a story that says so is not one that doesn't say how old its people are; one that says none of it is`,
	article: "Market\n\nPensioner Doreen Fairclough (81) opened the market. Stallholder Lily Marsh, who is nine, sold apples.\n\nA man in his 70s won the raffle, and Edna Pike turned 90 on the day. Tom Reid was 34 when he opened his stall.\n",
	without: map[string]string{
		"how old is Doreen Fairclough?": "doesn't say",
		"how old is Lily Marsh":         "doesn't say",
		"how old is Edna Pike":          "doesn't say",
		"how old was Tom Reid":          "doesn't say",
	},
}, {
	name:    "ANamePartTheStoryNeverWrites",
	why:     `"what was coach hale's first name?" of a story that calls him Coach Hale only, and "what is mara's last name?" of one that writes Mara alone, are questions the story doesn't say (TestNamePartWritten: not when it writes the name whole)`,
	article: "Final\n\nCoach Hale said the team had trained for this final all season. Mara, a volunteer, handed out water.\n\nThe winning goal came from Ilse Vance in the 80th minute.\n",
	refuses: []string{"what was coach hale's first name?", "What is Mara's last name?", "what's the surname of mara"},
}, {
	name:    "HalfADozenIsSix",
	why:     `"Half a dozen of the original engineers attended" counts six, not "a dozen": "half a" before a dozen, a hundred or a million is part of the number`,
	article: "Reunion\n\nHalf a dozen of the original engineers attended the reunion on Saturday, along with 40 family members.\n\nThe oldest engineer, 94, cut the cake.\n",
	opens:   map[string]string{"how many of the original engineers attended": "Half a dozen"},
}, {
	name:    "ANameGivenInQuotesOrReferredToAs",
	why:     `a name given in quotation marks ("sometimes called the “silver cup,”") is the words inside them, without the comma American style puts there; "what scientists refer to as" and "known locally as" name as "called" does; of two names a sentence gives, the one named the way the question asks answers, by its manner first ("officially titled") and then its verb ("sometimes called"); "Emily called" is a person calling out, and "originally named" no name of today`,
	article: "Marsh\n\nThe flood occurred in what engineers refer to as the “Lower Tarn Basin” and spread east.\n\nThe new channel has been named the Heron cut.\n\nThe regatta, known as the “river derby” and sometimes called the “silver cup,” was held on June 3.\n\nThe pond, known locally as “the Kettle,” dried up in August.\n\nThe depot, officially titled the Elm Transit Center but commonly called “the shed” by drivers, opens in 2027.\n\nHead lifeguard Emily called “Everybody out of the water” at noon.\n\nThe span was originally named the “Old Span” in 1971.\n",
	want: map[string]string{
		"whats the name of the basin where the flood happened": "Lower Tarn Basin",
		"what is the regatta sometimes called":                 "silver cup",
		"what is the pond called by locals":                    "the Kettle",
		"what is the depot officially called":                  "Elm Transit Center",
		"what do drivers call the depot":                       "the shed",
	},
	without: map[string]string{
		"what is the lifeguard called": "Everybody", // a name, not a manner, before "called"
		"what is the span called now":  "Old Span",  // its first name, not today's
	},
}, {
	name:    "AChoiceTheStoryDoesNotSettleHasNoLine",
	why:     `"who did better in the standings, A or B?" is not answered by B when the sentence that names A says as much of the rest of the question as the one naming B: "took fourth in the standings, while B's second-place finish lifted him into the top five" settles nothing by its words`,
	article: "Race\n\nTomas Berglund won the race and the title at Laguna on Sunday.\n\nStandings\n\nMara Okafor, who came across the line sixth in the race, took fourth in the standings, while Jens Lindqvist's second-place finish lifted him into the top five and made him the highest finishing Ford driver in the standings.\n",
	without: map[string]string{"who did better in the standings, okafor or lindqvist": "Lindqvist"},
}, {
	name:    "APhraseThatPointsBackIsNoAnswer",
	why:     `"These rivers and tributaries" points back to a sentence before, which names the rivers: it answers no "which rivers"; "this summer" still dates`,
	article: "Flood\n\nHeavy snow had fallen on the hills along the Ouse and the Derwent in early March. These rivers and tributaries were already over their banks when the rain began.\n\nRepairs\n\nCrews will clear the silt from the towpaths this summer.\n",
	without: map[string]string{"which rivers were already over their banks?": "These"},
	holds:   map[string]string{"when will crews clear the silt?": "this summer"},
}, {
	name:    "APluralThatIsAlsoAVerbIsWhatIsCounted",
	why:     `"how many torpedoes did the submarine fire" counts torpedoes, though "torpedoes" is also a verb's form: it is no count of days ("Two days later … had been torpedoed"), and "2240 East Halcyon torpedoed" counts nothing torpedoed, where "three torpedoes" counts them`,
	article: "Attack\n\nThe submarine spotted the liner at night. Two days later, on 9 March, a message was passed to the navy that the liner had been torpedoed and was sinking.\n\nRadio\n\nThe liner radioed: \"0512 North / 2240 East Halcyon torpedoed\".\n\nRescue\n\nThe crew rescued 200 survivors.\n",
	without: map[string]string{
		"how many torpedoes did the submarine fire at the liner?": "days",
		"how many torpedoes hit halcyon":                          "2240",
	},
}, {
	name:    "APastOfTheCountedWordAfterItsNumberCounts",
	why:     `"45 people had been arrested" counts the arrests "how many arrests" asks for, and "2,300 tickets were refunded" the refunds: only a past said of a name ("East Halcyon torpedoed") counts nothing`,
	article: "Police make arrests after stadium riot\n\nPolice said on Sunday that 45 people had been arrested after fans rioted at the end of Saturday's derby. Officers used tear gas to clear the stands.\n\nOf the fans held, 12 were charged with assault. Another 30 were released without charge.\n\nThe league said 2,300 tickets were refunded. Stadium staff counted 18 seats burned and 60 damaged.\n",
	holds: map[string]string{
		"how many arrests were made?": "45",
		"how many refunds were given": "2,300",
	},
}, {
	name:    "AShortFormIsWhatAQuestionSayingItAsksAbout",
	why:     `a bracketed short form that spells the name before it, by all its initials or its capitals ("Organisation of the Petroleum Exporting Countries (Opec)"), makes the name what a question saying it asks about; a short form that is an English word ("WHO", "ACT") is said only as written, so "who approved …?" is answered by the World Health Organization`,
	article: "Aid\n\nSaudi Aramco, which pumps oil on behalf of the Organisation of the Petroleum Exporting Countries (Opec), said output would fall.\n\nHealth\n\nThe World Health Organization (WHO) approved a second malaria vaccine for children on Monday.\n\nLaw\n\nA new voluntary assisted dying act comes into force in the Australian Capital Territory (ACT) on Monday.\n",
	holds: map[string]string{
		"who approved the malaria vaccine?":       "World Health Organization",
		"where does the new act come into force?": "Australian Capital Territory",
	},
	without: map[string]string{"which company pumps oil for opec?": "Organisation"},
}, {
	name:    "APlaceOrPartyInBracketsIsNoShortForm",
	why:     `a state, place or party in brackets ("Ted Cruz (Texas)", "Springfield (Illinois)", "Jane Doe (Labour)") spells no name: the name still answers the question that says it`,
	article: "Vote\n\nAmong Republicans, Ted Cruz (Texas) voted against the bill, saying it did too little. The company moved its headquarters to Springfield (Illinois) in 2019. The budget was criticised by Jane Doe (Labour), the member for Leeds North.\n",
	holds: map[string]string{
		"who from Texas voted against the bill?":                   "Ted Cruz",
		"where in Illinois did the company move its headquarters?": "Springfield",
		"who from Labour criticised the budget?":                   "Jane Doe",
	},
}, {
	name:    "AFigureGivenWithoutAUnitStillSaysIt",
	why:     `of several figures of medals, "… 30 in all" gives the 30 asked, so "Yes" stays possible; "over 30 years" gives no 30 missions`,
	article: "Medals\n\nThe team won 20 medals in 2010 and 10 medals in 2014, 30 in all.\n\nMissions\n\nGlenn completed 26 missions while Lynn completed 21 missions over 30 years.\n",
	opens:   map[string]string{"did the team win 30 medals?": "Yes"},
	without: map[string]string{"did glenn complete 30 missions?": "Yes"},
}, {
	name:    "AnOfPhraseAfterNoNounIsNoItemsOwn",
	why:     `"oats ahead of winter": "ahead of" is no noun's "of" phrase, and winter no crop`,
	article: "Crops\n\nFarmers grow wheat, barley and oats ahead of winter.\n",
	without: map[string]string{"which crops do farmers grow?": "winter"},
}, {
	name:    "ASeriesLastItemKeepsItsOfPhrase",
	why:     `"prolonged drought, increasing wildfires, and an influx of invasive species—" lists an influx of invasive species, not an "influx"; an "of" phrase that may run on past the series is left off`,
	article: "Rule\n\nThe impacts of climate change—including prolonged drought, increasing wildfires, and an influx of invasive species—pose increasing risks to communities.\n",
	holds:   map[string]string{"what climate change impacts does it list": "influx of invasive species"},
}, {
	name:    "ALongMessagesCommaWithoutASpaceStillBreaks",
	why:     `"… who won the marathon,my sister bet on the ethiopian runner …": a comma with no space after it still ends the asking clause, but a point inside "$5.1" does not; and "so" joins two clauses but after a form of "be" ("so obviously i said", "so sure i said", "so many people say")`,
	article: "Marathon\n\nKenyan runner Paul Kiprop won the city marathon on Sunday in 2:08:14.\n\nEthiopian runner Abebe Tola finished second after leading for most of the race, and many fans had bet on him.\n",
	holds: map[string]string{
		"my sister and i watched the city marathon on tv on sunday and now we are arguing about who won the marathon,my sister bet on the ethiopian runner leading for most of the race lol": "Paul Kiprop",
		"my sister keeps asking who won the marathon on sunday so obviously i said the ethiopian guy who was leading most of the race but she says no. anyone know?":                         "Paul Kiprop",
		"my sister keeps asking who won the marathon on sunday so sure i said the ethiopian guy who was leading most of the race but she says no":                                            "Paul Kiprop",
		"my sister keeps asking who won the city marathon so many people say the ethiopian guy led most of the race. anyone know?":                                                           "Paul Kiprop",
	},
}, {
	name:    "NoneOfSeveralFiguresIsTheOneAsked",
	why:     `"Glenn completed 26 missions while Lynn completed 21" confirms no one's 30 missions, though which figure is whose is not read: no "Yes"`,
	article: "Bomber\n\nGlenn completed 26 missions while Lynn completed 21 missions in the bomber.\n",
	without: map[string]string{"did lynn complete 30 missions": "Yes", "did glenn complete 40 missions in the bomber": "Yes"},
}, {
	name:    "ANameTheQuestionAbbreviatesIsNoAnswer",
	why:     `"Transport for London (TfL)" is one name, which its abbreviation spells, and "who runs the trams for TfL?" asks about it: neither it nor its "London" answers`,
	article: "Aftermath\n\nFirstGroup, which operates the tram service on behalf of Transport for London (TfL), said it was shocked and saddened by what happened.\n",
	without: map[string]string{"who runs the tram service for tfl": "London"},
}, {
	name:    "APronounIsNoNameToDescribe",
	why:     `a long message that ends "what was it?" points back at what it said before; "It — a nice surprise to be selected" describes no "it"`,
	article: "Award\n\nMaria Lupo won the engineering award in 2021 for her work on the crew capsule. \u201cIt was an incredibly nice surprise to be selected for this award,\u201d said Lupo.\n",
	without: map[string]string{
		"my friend told me all about the engineering award and maria lupo last night, she said lupo was really surprised to be selected for this award. what was it?": "It —",
	},
}, {
	name:    "APossessiveSaysWhoseNotWhatKind",
	why:     `"what kind of ship was the Sea Lark?" is not answered by "Hale's ship", which says whose it was, but by "an old converted whaler"`,
	article: "Voyage\n\nOn 15 June 1910, Hale's ship, Sea Lark, an old converted whaler, set sail from Cardiff.\n",
	holds:   map[string]string{"what kind of ship was the sea lark": "whaler"},
}, {
	name:    "AVerbBeforeToAndAVerbTellsOfThatOne",
	why:     `"Reyes managed to put an end to it" managed no club: "who managed the Rovers?" is answered by the sentence about the player-manager, not by the pitcher who "managed to" stop a rally; "the order to use force was given by Ann Lee" still says who ordered`,
	article: "Series\n\nThe Rovers won their third straight pennant in 1903 thanks to a powerful offense that featured the hitting of shortstop Ben Ward, who hit .355 and drove in 101 runs, and player-manager Tom Hale, who hit .351.\n\nIn game four Deacon Reyes pitched for the Rovers. The comeback attempt failed, as Reyes managed to put an end to it and give the Rovers a commanding 3–1 Series lead.\n\nThe order to use the reserve pitchers was given by Ann Lee.\n",
	want:    map[string]string{"who managed the rovers": "Tom Hale"},
	holds:   map[string]string{"who ordered the reserve pitchers used?": "Ann Lee"},
}, {
	name:    "ReviewMendsASecondTime",
	why:     `a second review of this session's rules: "A jury convicted Dale Evans" was done to him though an article and a noun open the sentence (only "a man named Bo Reed was …" names); "the newly appointed police chief, Dana Wells" answers "who was appointed police chief?"; a passive question takes no doer ("was told by Sergeant Amy Cole") and no name of another passive ("Luis Vega was replaced by Sam Ford, who was made captain"); a participle that opens a sentence ("Born in Ohio, …") is no active verb; "St. Louis" is the "st louis" a question offers`,
	article: "Court\n\nA jury convicted Dale Evans of fraud on Tuesday. The newly appointed police chief, Dana Wells, took office on Monday.\n\nVeteran defender Luis Vega was replaced by Sam Ford, who was made captain for the final.\n\nBorn in Ohio, Sarah Kim moved to Riverton in 1990 and opened a bakery.\n\nOfficer Dan Ruiz was told by Sergeant Amy Cole to close the road. The meeting was held in St. Louis on May 3.\n",
	holds:   map[string]string{"who was convicted of fraud?": "Dale Evans", "who was appointed police chief?": "Dana Wells", "was the meeting in st louis or kansas city?": "St. Louis"},
	without: map[string]string{"who was made captain?": "Luis Vega", "who was born in ohio?": "Ohio", "who was told to close the road?": "Amy Cole"},
}, {
	name:    "ReviewMendsOfThisSessionsRules",
	why:     `a review of this session's rules: the alternatives of a question are cut where its own text says "or" (a letter that lower-cases to more bytes crashed the reading), the first of them is the name before "or" whole ("New York", not "York"), and one the story names elsewhere is no choice; a name after the verb that owns what follows ("Tom Hale's car") or that a noun's participle names ("a man named Bo Reed") was not done to; "Women's Christian Temperance Union" is a body's whole name; "Drew" opens a name, not a passive; "sue" is a verb only before "for"`,
	article: "Move\n\nTom Hale later moved to New York. Kim studied law in Ohio, and her sister lives in New York.\n\nPolice found Tom Hale's car in the river. The storm killed Ann Lee's husband. A man named Bo Reed was arrested after the match.\n\nThe Women's Christian Temperance Union organized the march.\n\nDrew Brees is a quarterback who played for New Orleans. Sue Park weighs 60 kilograms.\n\nAli went to Bonn with ȺȺȺȺȺȺȺȺȺȺȺȺ.\n",
	holds: map[string]string{"did tom hale move to new york or denver?": "New York", "who organized the march?": "Women's Christian Temperance Union", "who is Drew Brees?": "quarterback",
		"how much does sue weigh?": "60 kilograms"},
	without: map[string]string{"did kim study law in ohio or in new york?": "New York:", "who was found in the river?": "Tom Hale", "who was killed by the storm?": "Ann Lee",
		"who was named man of the match?": "Bo Reed", "did Ali go with ȺȺȺȺȺȺȺȺȺȺȺȺ or Bonn?": "Yes"},
}, {
	name:    "SuedIsAFormOfSue",
	why:     `"sued" is a form of "sue", though the stemmer cuts it to "su": "who did Velm sue?" is answered by the sentence that says "Velm then sued Orrin", and "how much did the parents sue for?" asks a sum the story does not give`,
	article: "Patents\n\nThe Patent Office granted the patent to Velm in 1932 after Clarke wrote an article praising the invention.\n\nVelm then sued Orrin for infringing the patent.\n\nOrrin then gave up in the patent infringement litigation and settled with Velm, and Clarke was paid for his help in the suit.\n\nThe parents of a pupil sued the school in 2009.\n",
	want:    map[string]string{"who did velm sue for infringing the patent?": "Orrin"},
	opens:   map[string]string{"how much did the parents sue for?": "The story doesn't say how much."},
}, {
	name:    "TwoNamedAlternativesAskWhich",
	why:     `"did Kim get her degree at Berkeley or at UT Austin?" asks which, not yes or no: the sentence that names one of them answers with it; one that names both gives no "Yes"`,
	article: "Crew\n\nKim holds a bachelor's degree in physics from the University of California, Berkeley. She later taught in Ohio.\n\nLee holds a bachelor's degree from Stanford University and a master's degree from the University of Texas at Austin.\n",
	holds:   map[string]string{"did kim get her degree at berkeley or at ut austin?": "Berkeley"},
	without: map[string]string{"did lee get his bachelor's at stanford or at ut austin?": "Yes"},
}, {
	name:    "WhoWasDoneToIsAskedOfTheVerb",
	why:     `"who was named player of the tournament?" asks who was named, not for a description of "named player of the tournament": the name before the passive answers it, without its team ("Veltrix Rovers' Tom Hadley"), and the name after the active verb answers "who was brought on?"; a sentence that never says the verb ("called the match") is no answer to "who was named man of the match?", nor the doer after "by" to "who was made liquidator?"`,
	article: "Final\n\nDespite being on the losing side, Veltrix Rovers' Tom Hadley was named the player of the tournament for scoring 608 runs.\n\nLate in the game Veltrix brought on Sam Okafor for Lee Brand, and he shot wide of the post.\n\nFor Radio 4, Joe Lamb called the match.\n\nA government enquiry was launched into the Velm group. It found that the company had cheated its investors through plantation schemes. A liquidator, K. Osei, was appointed by the Veltrix High Court to try and repay its depositors at least in part. Investors formed action groups to send in their claims.\n",
	want:    map[string]string{"who was named player of the tournament?": "Tom Hadley", "who was brought on for lee brand?": "Sam Okafor"},
	without: map[string]string{"who was named man of the match?": "Joe Lamb", "who was made liquidator?": "Veltrix High Court"},
}, {
	name:    "AKindOfPersonIsAnsweredByTheNameBesideIt",
	why:     `"which player had his leg amputated?" is answered by the name the sentence gives the goalkeeper, not by the words that describe him`,
	article: "Crash\n\nThree players of the team survived the crash. Veltrix backup goalkeeper Jon Madder underwent a leg amputation.\n",
	want:    map[string]string{"which player had to have his leg amputated": "Jon Madder"},
}, {
	name:    "ReviewMendsOfTheLaterRules",
	why:     `the later rules, reviewed: "My Mom saved my life" opens with no person's name; a name that names a thing is still the doer when no one else stands before it ("the Joe Biden campaign raised …") and is what "whose radio program" asks; "where is the Vell Bank branch?" asks of a branch, not of "Vell Bank Inc"; "at" joins no day ("Wembley Stadium at Christmas") nor a body's meeting ("the Riverton City Council at Tuesday's meeting"); "where's" opens a question as "where" does`,
	article: "Flood\n\nRosa Ortiz pulled her son from the flooded river on Sunday. “My Mom saved my life,” said Jake Ortiz, 12.\n\nIn 1996 amateur astronomer Dan Rourke called the Mel Harper radio program to announce a new object.\n\nThe Joe Biden campaign raised $5 million in June.\n\nVell Bank Inc in Frankfurt said it would close 200 branches. The Vell Bank branch that was robbed is in Hamburg.\n\nThe match was played at Wembley Stadium at Christmas.\n\nThe Riverton City Council at Tuesday’s meeting voted to close the pool.\n\nOkoro was driving to the market in Veltrix when the crash happened.\n",
	holds: map[string]string{"whose radio program did dan rourke call?": "Mel Harper", "who raised $5 million?": "Joe Biden", "where is the vell bank branch?": "Hamburg",
		"who voted to close the pool?": "Riverton City Council", "where's okoro going, when the crash happened?": "Veltrix"},
	without: map[string]string{"who saved jake's life?": "My Mom", "where was the match played?": "Christmas"},
}, {
	name:    "AtJoinsAnInstitutionToItsPlace",
	why:     `"the Children's Hospital at Veltrix" is one name: "which hospital got the teddy bears?" is answered with the whole of it, not "Children's Hospital", which names no hospital in particular`,
	article: "Crash\n\nDonations of teddy bears and pizzas to the Children's Hospital at Veltrix were also seen.\n",
	holds:   map[string]string{"which hospital got the teddy bears and pizza": "Children's Hospital at Veltrix"},
}, {
	name:    "LongerIsALengthOrATime",
	why:     `"which flight was longer, Skylab 9 or Crew-7?" compares lengths or times: not the 9 of a name with a "four-person crew"`,
	article: "Flights\n\nThe Skylab 9 capsule held the record for the longest flight for 47 years. To mark the event, the four-person crew of Crew-7 held a call with the Skylab 9 commander.\n",
	without: map[string]string{"which flight was longer, skylab 9 or crew-7?": "four-person"},
}, {
	name:    "AmountsInEveryCurrencySign",
	why:     `a rupee or colón sign makes an amount as a dollar sign does: "how much did it cost to plant a seedling?" is answered "₹20–30" (a range), "₹6 crore" keeps its scale, and "₡106 billion (US$192.2 million)" is one amount told in two currencies`,
	article: "Teak\n\nOfficials said a seedling cost only ₹20–30 to plant. Investors in Pune put in ₹6 crore.\n\nAuthorities calculated at least ₡106 billion (US$192.2 million) in damages across the country.\n",
	want:    map[string]string{"how much did it cost to plant a seedling?": "₹20–30"},
	holds:   map[string]string{"how much did the investors in pune put in?": "₹6 crore", "how much damage did the authorities calculate?": "US$192.2 million"},
}, {
	name:    "AWhenClauseAfterAnotherQuestionWord",
	why:     `"where was Okoro going, when the crash happened?" asks where: the "when" after the comma opens a clause of time, as Russian's "Куда ехал он, когда произошла авария?" does, and no second question`,
	article: "Crash\n\nOkoro was driving to the market in Veltrix when the crash happened.\n\nThe crash happened on 12 March near the river.\n",
	want:    map[string]string{"where was okoro going, when the crash happened?": "Veltrix"},
}, {
	name:    "AFirmsLegalFormIsPartOfItsName",
	why:     `"the Velm Steel Works Ltd in Osaka" is the "Velm Steel Works" a question names, its "Ltd" aside: "where was the Velm Steel Works?" is not answered by the China of another sentence, where the works made goods for a war`,
	article: "Pig iron\n\nIn 1938 the ship was chartered to supply the Velm Steel Works Ltd in Osaka, part of a contract for 300,000 tons of pig iron. The Velm Steel Works was producing military materials for the undeclared war in China.\n",
	without: map[string]string{"where was the velm steel works": "China"},
}, {
	name:    "APersonsNameCanNameAThing",
	why:     `"the Mel Harper radio program" is a program named after a person: whoever "called the Mel Harper radio program" is not Mel Harper; "the Tom Ridley company" is a company, which may answer who`,
	article: "Comet\n\nIn 1996 amateur astronomer Dan Rourke called the Mel Harper radio program to announce a Saturn-like object near the comet.\n\nDivers from the Tom Ridley company began work at 9 pm.\n",
	want:    map[string]string{"who rang the radio program about the saturn-like object": "Dan Rourke"},
	holds:   map[string]string{"who did the divers work for?": "Tom Ridley"},
}, {
	name:    "AGivenNameOpensASentence",
	why:     `"Charlie Okafor scored a late goal" opens its sentence with a given name that film subtitles say so often it looked like an ordinary word: it is the start of a person's name, so "who scored the late goal?" is answered by "Charlie Okafor", not left with "Okafor", a word of no known kind`,
	article: "Final\n\nMartin kicked his second during time on. Charlie Okafor scored a late consolation goal for Adelaide.\n",
	want:    map[string]string{"who scored the late consolation goal": "Charlie Okafor"},
}, {
	name:    "ClarifyOnlyFramesTheQuestion",
	why:     `"could you clarify when the clinic will reopen?" asks when: "clarify", like "explain", is the frame of the question and no word of what it is about, so it neither makes it a yes/no question nor weighs on which sentence answers`,
	article: "Clinic\n\nThe clinic closed in March because its lease expired. The city council had voted to sell the building to a developer.\n\nThe mayor said the clinic would reopen in a new building in 2025.\n",
	holds:   map[string]string{"could you clarify when the clinic will reopen?": "2025"},
}, {
	name:    "ReviewMendsOfTheSessionsCountsAndDates",
	why:     `the session's rules, reviewed: "20-odd" and "2,000-plus" are rough numbers, not numbers of a unit; a year after a sentence's opening preposition ("In 2016 the council …") labels nothing, so the clause's other date does not replace it; "between 6 inches and 2 feet" is a range, not one measure`,
	article: "Report\n\nSome 20-odd soldiers were killed in the attack. The flood displaced 2,000-plus residents of the town.\n\nIn 2016 the council approved the plan it had rejected on 5 March 2016.\n\nForecasters said between 6 inches and 2 feet of snow would fall on the city by Monday.\n",
	holds:   map[string]string{"how many soldiers were killed in the attack?": "20-odd", "how many residents were displaced?": "2,000-plus"},
	without: map[string]string{"when did the council approve the plan?": "March", "how much snow would fall on the city?": "inches and"},
}, {
	name:    "ARequestToExplainIsNoYesNo",
	why:     `"could you explain why the clinic paid?" asks why, and "could you explain everything the clinic did?" asks what it did: neither asks whether the reader can, so neither is answered "Yes:" or "No:"`,
	article: "Clinic\n\nOkoro did not enroll in the clinic for years. He enrolled in 2019. The clinic paid for his medicines because he qualified for the programme.\n\nThe clinic also coordinated his insurance with the state.\n",
	holds:   map[string]string{"could you explain why the clinic paid for his medicines?": "qualified"},
	without: map[string]string{"could you explain why the clinic paid for his medicines?": "Yes:", "Could you explain everything the clinic did for Okoro once he enrolled?": "No:"},
}, {
	name:    "AHeightInFeetAndInchesIsOneMeasure",
	why:     `"6 feet three inches" is one height in two units, as "83 hours and 38 minutes" is one time: "how tall was Okoro?" is answered by the whole, not by "6 feet" or "three inches"`,
	article: "Fight\n\nOkoro weighed 190 pounds. At 6 feet three inches, Okoro was two inches taller than Lind.\n",
	want:    map[string]string{"how tall was okoro": "6 feet three inches"},
}, {
	name:    "AYearAfterANameLabelsIt",
	why:     `"the Velmar Trophy 1990–91" is the trophy's name: "when did the final happen?" is answered by the dates the sentence gives ("from November 1990 to February 1991"), not by the season in the name`,
	article: "Chess\n\nThe final of the Velmar Trophy 1990–91 was held from November 1990 to February 1991 in Ostrava.\n",
	holds:   map[string]string{"when did the velmar trophy final happen": "November 1990"},
}, {
	name:    "AHyphenedUnitIsWhatTheNumberCounts",
	why:     `"a 61-point win" counts points: "how many wins did Carlton get in the home and away season?" is not answered by the 61, and "50-bit numbers" counts bits, not the numbers a drum holds`,
	article: "Season\n\nIn the home and away season, Carlton recorded a 61-point win over Essex at Princes Park.\n\nCarlton finished top of the ladder.\n\nThe drum held data as 50-bit numbers.\n\nForty-five bodies were found in the river.\n",
	without: map[string]string{"how many wins did carlton get in the home and away season": "61", "how many numbers could the drum hold": "50"},
	holds:   map[string]string{"how many bodies were found": "Forty-five"},
}, {
	name:    "ReviewMendsOfTheSessionsRules",
	why:     `the session's rules, reviewed: a misspelt plural ("crewz") stays the noun counted, only a past-like misspelling ("burnd") ends it; a title's run is no county ("County Commissioner Bob Lee"); "221 metres high, officials said" is no dimension to go on from; "when did aid arrive after the earthquake?" keeps "three days after the earthquake", as the question asks from it; an opening clause that ends on its own object ("After Hurricane Ian hit Florida,") is a time`,
	article: "Report\n\nAbout 200 tank crews were trained at the base, and 30 tanks were sent to the front. County Commissioner Bob Lee said the county declared an emergency on Monday. The Hoover Dam is a wall 221 metres high, officials said. The first aid convoys arrived three days after the earthquake. After Hurricane Ian hit Florida, the governor of Florida declared an emergency.\n",
	holds: map[string]string{"how many tank crewz were trained at the base": "200", "when did aid arrive after the earthquake": "three days",
		"when did the governor of florida declare an emergency": "After Hurricane Ian"},
	without: map[string]string{"which county declared an emergency": "Commissioner", "what is the hoover dam": "officials"},
}, {
	name:    "AFirstSinceIsNoFirstEver",
	why:     `"his first visit to Norvia since 2019" says he had visited before: "had Okoro visited Norvia before?" is not answered no by it, nor by "the first sign that prices were rising", which is no first time`,
	article: "Visit\n\nOkoro arrived in Veltrix on Monday on his first visit to Norvia since 2019. Traders called the rise the first sign that prices were climbing.\n",
	without: map[string]string{"had okoro visited norvia before": "No:", "had prices climbed before": "No:"},
}, {
	name:    "TheObjectIsOfTheSubjectAsked",
	why:     `"who did Harris meet?" is answered by the name after the "met" whose subject is Harris ("after Vice President Harris met Rishi Sunak"), not after the sentence's first "met" ("The president met Olaf Scholz")`,
	article: "Talks\n\nThe president met Olaf Scholz in Berlin on Monday, after Vice President Harris met Rishi Sunak in London.\n",
	without: map[string]string{"who did harris meet": "Scholz"},
}, {
	name:    "WhoWasTheObjectOfTheVerb",
	why:     `"who did Nora marry?" asks for the object of "marry", whose subject it names: the name right after "married his wife" or "married" answers ("married her partner Ines"), not the brother the sentence names too ("with her brother Tomas, who married Ines's cousin")`,
	article: "Weddings\n\nIn 1950 Nora married her partner Ines in a joint ceremony with her brother Tomas, who married Ines's cousin, Marta.\n",
	want:    map[string]string{"who did nora marry": "Ines"},
}, {
	name:    "ADescriptionGoesOnPastItsDimension",
	why:     `"The Kessock Flume is a 2 meter diameter, 90-meter channel that carries water" describes a channel: the comma after "diameter" joins two dimensions of one noun, so "what is the Kessock Flume?" is answered "a 2 meter diameter, 90-meter channel", not "a 2 meter diameter"`,
	article: "Works\n\nThe Kessock Flume is a 2 meter diameter, 90-meter channel that carries water to the mill. It was finished in 1904.\n",
	holds:   map[string]string{"what is the kessock flume": "90-meter channel"},
}, {
	name:    "ATimeToldFromTheEventAskedIsNoAnswer",
	why:     `"when did the lifeboat crew set out?" is not answered "About 20 minutes after the lifeboat crew", a time told from the very event asked about; "when did they start searching?" may still be answered by "after the storm began", which says only a near word of the question's verb`,
	article: "Rescue\n\nAbout 20 minutes after the lifeboat crew set out, the coastguard made contact with the yacht. Shortly after the storm began, the harbour master started a search of the bay.\n",
	without: map[string]string{"when did the lifeboat crew set out": "lifeboat"},
	holds:   map[string]string{"when did the harbour master start searching the bay": "after the storm began"},
}, {
	name:    "ATimeClauseStopsBeforeItsSubject",
	why:     `"After waiting three days in the cold Okafor, who was unhurt, was lifted out" has no comma between its opening clause and its subject: "when was Okafor lifted out?" is not answered "After waiting three days in the cold Okafor", a clause that runs on into the name asked about`,
	article: "Rescue\n\nAfter waiting three days in the cold Okafor, who was unhurt, was lifted out by a helicopter crew. The crew flew him to the coast.\n",
	without: map[string]string{"when was okafor lifted out": "Okafor"},
}, {
	name:    "AMisspeltVerbEndsTheCountedNoun",
	why:     `"how meny cabins burnd to the ground" counts cabins: "burnd", a word English does not know read as "burn" and standing before "to", is the count's verb, not the noun counted, so the partitive "of which 12 were burned to the ground" answers, not the 60 set alight`,
	article: "Fire\n\nAbout 60 cabins were set alight, of which 12 were burned to the ground. Crews worked through the night.\n",
	holds:   map[string]string{"how meny cabins burnd to the ground": "12"},
	without: map[string]string{"how meny cabins burnd to the ground": "60"},
}, {
	name:    "TheFirstOfAKindWasNotBefore",
	why:     `"had carbon masts been allowed at the regatta before?" is answered no by "It was the first regatta in which carbon masts were allowed": the first of a kind in which something happened says it had not happened before, as "the first time" does`,
	article: "Regatta\n\nIt was the first regatta in which carbon masts were allowed, after the old rule lapsed. The fleet sailed on Friday.\n",
	opens:   map[string]string{"had carbon masts been allowed at the regatta before": "No: "},
}, {
	name:    "SeveralAskedGetsTheWholeSeries",
	why:     `"which countries reported crop losses?" asks for several: the place read from the best sentence ("Norway") is widened to its whole series of names, "Norway, Latvia, and Korea", where one name alone gave no line`,
	article: "Frost\n\nCrop losses were also reported in Norway, Latvia, and Korea that spring. Harbour masters in Bari and Split issued warnings on Monday.\n",
	holds:   map[string]string{"which countries reported crop losses": "Norway, Latvia, and Korea"},
}, {
	name:    "ANameWithADashInsideIsOneItem",
	why:     `"the parties – Narodna–Sloga, Zeleni, and Obnova–Centar – formed a bloc" lists three parties, two of whose names have a dash inside: the series keeps "Narodna–Sloga" whole, where it was cut to "Sloga"`,
	article: "Bloc\n\nIn May, three parties – Narodna–Sloga, Zeleni, and Obnova–Centar – formed a bloc to contest the election.\n",
	holds:   map[string]string{"which parties were in the bloc": "Narodna–Sloga, Zeleni, and Obnova–Centar"},
}, {
	name:    "ANameByItsNoun",
	why:     `"which squadron flies the tankers?" is answered by the one name in the best sentence whose own word is the question's noun, "4th Refuelling Squadron", though no pattern of naming stands before it; a sentence naming two such ("the Harbour Committee and the Roads Committee") gives none for "which committee" (TestANameByItsNounNeedsOneName), a title before "of" is no part of the name ("Project Leader of the Dunmore Wetlands Refuge Complex"), nor does a run that goes on to a person's name name the thing ("County Commissioner Bob Lee"), and "which engineer" asks for a person, whom a title's name does not give`,
	article: "Tanker crews\n\nThe tankers are flown by the 4th Refuelling Squadron from the base at Marlow. The Harbour Committee and the Roads Committee thanked the crews on Monday. Ann Kerr, Project Leader of the Dunmore Wetlands Refuge Complex, praised them. The repairs were led by Chief Engineer of the Dock Works Tom Vale.\n",
	want:    map[string]string{"which squadron flies the tankers": "4th Refuelling Squadron", "which refuge complex does Ann Kerr lead": "Dunmore Wetlands Refuge Complex"},
	without: map[string]string{"which engineer led the repairs": "Dock Works"},
}, {
	name:    "AnotherNameIsFoundWhereItIsGiven",
	why:     `"what's the other name folks use for the walkout?" is asked in words no answering sentence says ("other", "folks", "use", "name"): the sentence that gives another name says "also known as", which is the question's "name", and so ranks above the sentences that only say "walkout"`,
	article: "Mill walkout\n\nThe Ardle mill walkout, also known as the Bread and Roses walkout, lasted nine weeks in 1912. Other workers used the walkout to press their own claims. People at the mill called the walkout's leaders brave. The walkout ended when the owners raised pay by a tenth.\n",
	holds:   map[string]string{"what's the other name folks use for the walkout": "Bread and Roses"},
}, {
	name:    "ATypoNearestAsTyped",
	why:     `"agregate" cut by the analyser to "agreg" is one letter from the story's "agre" (of "agreed") and from its "aggreg" (of "Aggregate"), and the two are as common: as typed, it is "Aggregate" with a letter dropped, and "how much did agregate holdings settle for?" asks of Aggregate Holdings, not of whoever agreed`,
	article: "Quarry case\n\nIn March, Aggregate Holdings settled the quarry case with a payment of $5 million. Harbour Fasteners agreed to pay $2 million to the county. The county agreed to drop its other claims.\n",
	holds:   map[string]string{"how much did agregate holdings pay": "$5 million"},
}, {
	name:    "AFirmOfPartnersNames",
	why:     `"conducted by the engineering firm of Hale, Marsh, Reed Associates, Inc." names one firm by its partners' surnames a comma apart, not three people: "who conducted the audit?" is answered by the firm, where it was answered by one surname; with no company's suffix after it, such a run is a list ("Harwick, Dunmore, Elm Bay Brothers and Reedham Trust")`,
	article: "Tunnel audit\n\nAfter the collapse, the governor ordered a safety audit conducted by the engineering firm of Hale, Marsh, Reed Associates, Inc. The audit took four months. Banks such as Harwick, Dunmore, Elm Bay Brothers and Reedham Trust lent money to the festival.\n",
	holds:   map[string]string{"who conducted the safety audit": "Hale, Marsh, Reed Associates", "which banks lent money to the festival": "Elm Bay Brothers"},
	without: map[string]string{"which banks lent money to the festival": "Hale, Marsh"},
}, {
	name:    "AClauseAfterWhile",
	why:     `"Ada Moss scored 14 points while Bea Lund scored 9 points" gives each player her own count: "while" opens Bea's clause as ", and" would, and "how many points did Bea Lund score?" is not answered by Ada's 14`,
	article: "Cup final\n\nThe Elm Bay Gulls won the cup on Sunday. Ada Moss scored 14 points while Bea Lund scored 9 points in the final.\n",
	holds:   map[string]string{"how many points did bea lund score": "9 points"},
	without: map[string]string{"how many points did bea lund score": "14"},
}, {
	name:    "APersonOfAPlaceInOneName",
	why:     `"Jesse Hale of Reedham was sentenced" says where Hale is from, though the article's name runs on through "of": "where is hale from?" was answered by the Ohio where he was wanted. The place must be one the article says as a place ("at his home in Reedham"): "Jane Doe of Veltrix" names her employer`,
	article: "Eagle shooter sentenced\n\nJesse Hale of Reedham was sentenced on Monday for shooting a bald eagle. Hale, who at the time was wanted in Ohio on other charges, pled guilty in March. Police found him at his home in Reedham. Jane Doe of Veltrix, who works at Veltrix, testified.\n",
	holds:   map[string]string{"where is hale from": "Reedham"},
	without: map[string]string{"where is hale from": "Ohio", "where is doe from": "Veltrix"},
}, {
	name:    "AQualifiedTimeAndARange",
	why:     `"the alarm was raised just before 3:30 pm" answers "what time was the alarm raised?" and "when was it raised?" with "just before 3:30 pm", not a time it was not raised at, and "need 40–45 years to reach harvest size" answers "how long do the oaks need" with the whole range, not its second number`,
	article: "Orchard fire\n\nThe alarm was raised just before 3:30 pm, and crews stayed until around 9 pm. Replanted oaks need 40–45 years to reach harvest size.\n",
	want:    map[string]string{"what time was the alarm raised": "just before 3:30 pm", "when was the alarm raised": "just before 3:30 pm", "until what time did crews stay": "until around 9 pm", "how long do replanted oaks need to reach harvest size": "40–45 years"},
}, {
	name:    "ATownTheStoryCallsACity",
	why:     `"what town is the mine near?" of a story that says "above the city of Harwick" asks of a place it names: news calls a settlement a town or a city as it pleases, and WordNet does not know Harwick; "what county" is still refused when the story says no county`,
	article: "Mine closes\n\nThe Kestrel Mine, in the hills above the city of Harwick, closed in 1923. Acidic water still drains from it into the Reed River.\n",
	want:    map[string]string{"what town is the kestrel mine near": "Harwick"},
	refuses: []string{"what county is the kestrel mine in"},
}, {
	name:    "ACityInANameIsNoTown",
	why:     `"the Elm Bay City Council" and "Reed City Rovers" say no city of their own: "what town did Hale grow up in?" asks for a place the story never calls a town, a city or a village, and is refused`,
	article: "Council vote\n\nThe Elm Bay City Council voted on Monday. Tom Hale, a former Reed City Rovers player, spoke against the plan.\n",
	refuses: []string{"what town did hale grow up in"},
}, {
	name:    "APostIsNoKindTheStoryLacks",
	why:     `"what position did Tom Hale hold on the Sea Lark?" of a story that says he "signed on the Sea Lark as its chief engineer" asks for a post, which the story gives as the post itself, never with the word "position": the passages are shown, where "position" was read as a kind of place the story has no word for and the question refused`,
	article: "Engineer honoured\n\nTom Hale signed on the Sea Lark as its chief engineer in 1914. Before the war he had played football for Elm Bay United in Reedham as a right-back.\n",
	want:    map[string]string{"What position did Tom Hale hold on the Sea Lark?": "", "what position did Hale play for Elm Bay United?": ""},
}, {
	name:    "ANameAfterWhatItIsInAByPhrase",
	why:     `"rebuilt by Welsh firm Harland Rowe of Cardiff and reopened in 1988" answers "who rebuilt the footbridge?" with the firm, past the adjective and noun that say what it is, though the phrase runs on to the place and another verb; "under the direction of Dr Ann Lee of the Elm Bay Harbour Board" says who directed, not who rebuilt`,
	article: "Footbridge reopens\n\nUnder the direction of Dr Ann Lee of the Elm Bay Harbour Board, the footbridge was rebuilt by Welsh firm Harland Rowe of Cardiff and reopened in 1988.\n",
	holds:   map[string]string{"who rebuilt the footbridge": "Harland Rowe"},
	without: map[string]string{"who rebuilt the footbridge": "Harbour Board"},
}, {
	name:    "OnePartOfTwoTheStorySpeaksOf",
	why:     `"Where was the drill held, and what did the governor think of the new radio towers?" asks one thing the story speaks of and one it never mentions: the passages are shown with no line, where "The story doesn't say" would deny both, even when the other part asks for a kind the story has no word for ("which insurance company"); two parts the story never speaks of are still refused`,
	article: "Storm drill\n\nThe county held its storm drill at the Reedham fire station on Tuesday. Forty volunteers took part, and the sirens were tested twice.\n",
	want:    map[string]string{"Where was the drill held, and what did the governor think of the new radio towers?": "", "how many volunteers took part and which insurance company paid for the lunch buffet?": ""},
	refuses: []string{"what is the capital of peru and who won the 1998 world cup?"},
}, {
	name:    "NamesCountedAfterOf",
	why:     `"the museum installed restored models of Gull Point Ferry and Elm Bay Clipper" answers "how many models did the museum install?" with the two names it lists after "models of", where it gives no number`,
	article: "Museum reopens\n\nThe Reedham Maritime Museum reopened on Saturday. For the occasion the museum installed restored models of Gull Point Ferry and Elm Bay Clipper in its main hall.\n",
	want:    map[string]string{"how many models did the museum install": "2: Gull Point Ferry and Elm Bay Clipper"},
}, {
	name:    "AClippedWordIsTheStorysWord",
	why:     `"which lab built the satellite?" of a story that says "Harwood Research Laboratory" asks of something the story names: "lab" is "laboratory" clipped, not a kind of place the story has no word for; "which agency built it?" still is`,
	article: "Satellite team honoured\n\nA group of scientists from the Harwood Research Laboratory built the first weather satellite in Elm Bay. The team moved to Gull Point in 1959.\n",
	want:    map[string]string{"which lab built the satellite": "Harwood Research Laboratory", "which lab did the scientists come from": ""},
	refuses: []string{"which agency built the satellite"},
}, {
	name:    "FromOrToByTheQuestionsDirection",
	why:     `"a flight from Reedham Airport to Elm Bay International Airport" names two airports: "which airport was the flight headed for?" is the one after "to", "which airport did it take off from?" the one after "from"`,
	article: "Gull Air crash\n\nGull Air Flight 12 was a scheduled passenger flight from Reedham Airport to Elm Bay International Airport. On 3 May the aircraft crashed into a hill near Gull Point, killing all nine people on board.\n",
	want:    map[string]string{"which airport was the flight headed for": "Elm Bay International Airport", "which airport did it take off from": "Reedham Airport"},
}, {
	name:    "ASpeakerDidNotDoWhatHeSpokeOf",
	why:     `"'It did exactly what old pipes do,' Hale said" does not say Hale made the pipe: a name that only says the sentence's words answers "who made the pipe?" not, though it still answers who warned, who spoke`,
	article: "Water main floods Gull Point\n\n\"This pipe was 113 years old. It did exactly what old pipes do,\" Hale said at a news conference in Reedham. \"We have warned about this for years.\"\n",
	holds:   map[string]string{"who warned about this": "Hale"},
	without: map[string]string{"who made the pipe": "Hale"},
}, {
	name:    "AgesJoinedByAndAreNoCount",
	why:     `"Two men, aged 34 and 41, were arrested": "how many were arrested?" is two, not the 41 of their ages, and "how old were the men?" gives both ages`,
	article: "Paintings recovered\n\nPolice recovered two paintings stolen from the Elm Bay museum. Two men, aged 34 and 41, were arrested at a Reedham storage unit on Tuesday.\n",
	holds:   map[string]string{"how many were arrested": "Two", "how old were the men": "34 and 41"},
	without: map[string]string{"how many were arrested": "41"},
}, {
	name:    "NoDeathsDeniesAnyoneNoFirefightersDoesNot",
	why:     `"No deaths have been reported" answers "did anyone die?" with No, the "anyone" being what "No" denies; "No firefighters were hurt, but a Reedham resident was treated for burns" denies "was anybody hurt?" only of the firefighters, and must not answer No`,
	article: "Fire at Gull Point\n\nA brush fire burned 40 acres near Gull Point on Monday. No deaths have been reported. No firefighters were hurt, but a Reedham resident was treated for burns.\n\n\"Leave now. We cannot guarantee that anyone will come back for you,\" Sheriff Tom Hale told residents of Elm Bay.\n",
	opens:   map[string]string{"did anyone die?": "No: "},
	without: map[string]string{"was anybody hurt?": "No: ", "did anyone get hurt": "No: "},
}, {
	name:    "WhichNounIsTheNameBeforeItsVerb",
	why:     `"which road was closed?" is answered by the name the best sentence sets right before "was closed" ("Route 9 was closed between Reedham and Elm Bay"), and "which newspaper described the flooding?" by the one before "described"; "which councillor did the mayor thank?" by the one right after "thanked", the title the question says left out; the question names none of them`,
	article: "Storm closes roads\n\nHeavy rain fell across the county on Monday. Route 9 was closed between Reedham and Elm Bay after the river rose. The Gull Point Gazette described the flooding as the worst in a decade. Mayor Ann Lee thanked Councillor Tom Hale for the sandbags.\n",
	want:    map[string]string{"which road was closed": "Route 9", "which newspaper described the flooding": "Gull Point Gazette", "which councillor did the mayor thank": "Tom Hale"},
	without: map[string]string{"which flooding did the gazette describe": "Gazette"},
}, {
	name:    "NeighboursTheArticleListsAreNotEveryPerson",
	why:     `"how many neighbors does the article name?" counts the article's own list ("neighbors like Reedham, Elm Bay and Gull Point"), not every person it names, though a neighbour is a person to WordNet; "like" sets a list only of names ("visitors like the beaches" lists nothing)`,
	article: "Harbour towns\n\nWith busy neighbors like Reedham, Elm Bay and Gull Point, the port of Dunmore has had to fight for trade. Mayor Ann Lee said the town would cut its harbour fees. Councillor Tom Hale opposed the cut.\n\nVisitors like the beaches, the food and the music, Lee said.\n",
	want:    map[string]string{"how many neighbors are mentioned": "3: Reedham, Elm Bay, Gull Point", "how many neighbors does the article name": "3: Reedham, Elm Bay, Gull Point", "how many neighbours does the story list": "3: Reedham, Elm Bay, Gull Point"},
	holds:   map[string]string{"name the neighbors the article mentions": "Gull Point"},
	without: map[string]string{"name the neighbors the article mentions": "Ann Lee", "name the visitors the article mentions": "beaches"},
}, {
	name:    "ACountGoesWithItsOwnConjunct",
	why:     `"the ferry went down 12 miles from Reedham and two miles from the Gull Point light" answers "how many miles from reedham" with 12, though Reedham stands as near the two miles that open the next conjunct`,
	article: "The Elm Bay ferry went down 12 miles from Reedham and two miles from the Gull Point light. All 40 passengers were rescued.\n",
	holds:   map[string]string{"how many miles from reedham was the ferry": "12 miles", "how many miles from the gull point light was it": "two miles"},
}, {
	name:    "TheVoteIsItsTally",
	why:     `"what was the vote?" is answered by the tally ("voted 4-3"), though other sentences say "voted" more and rank higher on the word alone`,
	article: "The Gull Point board voted 4-3 on Monday to close the Elm Bay library.\n\nBoard member Tom Hale, who voted against the closure, said the vote was rushed and that he voted as residents asked.\n\nAnn Lee said she would not ask the board to reconsider the vote.\n",
	want:    map[string]string{"what was the vote": "4 to 3"},
}, {
	name:    "TheFirstTimeDeniesBefore",
	why:     `"It was the first time the whole park had been closed because of algae" answers "has the park been closed for algae before?" and "…ever…?" with No, not Yes`,
	article: "Gull Point park closed on Monday after a toxic algae bloom. It was the first time the whole park had been closed because of algae.\n",
	opens:   map[string]string{"has the park been closed for algae before": "No: ", "has the park ever been closed for algae?": "No: "},
}, {
	name:    "WhichCameFirstByAfterOrBefore",
	why:     `"the Heron crossed just one hour after the Gull" puts the Gull first, with no date for either; "kept by Ann Lee, and before that by Tom Hale" points back`,
	article: "The Heron crossed the bay at dawn, just one hour after the Gull.\n\nNotes on the tides were kept by Ann Lee, and before that by Tom Hale.\n",
	opens:   map[string]string{"which crossed first, the heron or the gull?": "The gull: ", "whose tide notes came first, lee's or hale's?": "Hale's: "},
}, {
	name:    "WhichIsLongerBySides",
	why:     `"which is longer, the bridge or the pier?" is answered by asking each side how long it is, when no figure stands near both: the bridge's length is told of "It"`,
	article: "The Gull Point bridge opened in 1902 after years of delays. It is 300 metres long and carries two lanes.\n\nThe Reedham pier was rebuilt after the storm. The pier is 450 metres long.\n",
	holds:   map[string]string{"which is longer, the bridge or the pier?": "ier (450 metres, against 300 metres)"},
}, {
	name:    "WhichCameFirstByTheirDates",
	why:     `"which came first, the lighthouse or the pier?" is answered from the year the article gives each ("built in 1871", "opened in 1902"), and "which is newer" picks the other; a day or a month with no year orders only against another such ("Sept. 3" after "August"), and a side named by its year is dated by it`,
	article: "The Gull Point lighthouse was built in 1871 by the harbour board.\n\nThe Elm Bay pier opened in 1902, after years of delays.\n\nThe ferry left Reedham on 12 March. The storm reached Reedham on 14 March.\n\nThe harvest dance was held on Sept. 3. The boat race was held in August.\n",
	want: map[string]string{
		"which came first, the lighthouse or the pier?":           "The lighthouse (1871, against 1902)",
		"which is newer, the lighthouse or the pier?":             "The pier (1902, against 1871)",
		"which happened first, the storm or the ferry leaving?":   "The ferry leaving (12 March, against 14 March)",
		"which came first, the harvest dance or the boat race?":   "The boat race (August, against Sept. 3)",
		"which came first, the 1902 pier or the 1871 lighthouse?": "The 1871 lighthouse (1871, against 1902)",
	},
}, {
	name:    "ARateIsNoLengthOfTime",
	why:     `"workers received $500 a week in strike pay" gives a rate, not how long anything lasted: it is no answer to "how long was the strike?"`,
	article: "The Reedham strike ended on Friday. Members had stood together for 23 days.\n\nDuring the strike, workers received $500 a week in strike pay from the union's fund.\n",
	without: map[string]string{"how long was the strike": "$500"},
}, {
	name:    "HowManyDidTheSubjectDo",
	why:     `"how many did the fishing boats pick up?" counts what the boats picked up: "the fishing boats" after "did" is the subject, not what is counted`,
	article: "The ferry sank in Elm Bay on Sunday. Two fishing boats, the Danica and the Gull, reached the scene first and picked up 17 survivors between them. A helicopter rescued the rest.\n",
	want:    map[string]string{"how many did the fishing boats pick up": "17 survivors", "how many boats reached the scene": "Two fishing boats"},
}, {
	name:    "NoneOfANearWordDenies",
	why:     `"No deaths have been reported" answers "did anyone die?" with No, though it says "deaths" for "die"`,
	article: "The fire burned 200 homes in Elm Bay. No deaths have been reported. Two firefighters were treated for heat exhaustion.\n",
	opens:   map[string]string{"did anyone die": "No: "},
}, {
	name:    "AnAndBetweenTwoClauses",
	why:     `"Nine morning buses were cancelled and four evening buses were held at Reedham depot" gives each count its own verb: "how many were held" is four, and the nine belong to "cancelled", though "cancelled" stands nearer the four`,
	article: "The gale shut the harbour for a day. Nine morning buses were cancelled and four evening buses were held at Reedham depot.\n",
	want:    map[string]string{"how many buses were cancelled": "Nine morning buses", "how many buses were held at the depot": "four evening buses"},
}, {
	name:    "ATallyWithAHyphen",
	why:     `"approved on a party-line vote of 64-31 in the House" and "ruling 4-3" give their votes' tallies with a hyphen, which "9 to 6" writes with "to"`,
	article: "The map was approved by the legislature in September on a party-line vote of 64-31 in the House.\n\nThe Ohio Supreme Court on Friday struck down the map, ruling 4-3 that lawmakers had drawn it unfairly.\n",
	want:    map[string]string{"what was the house vote on the map": "64 to 31"},
}, {
	name:    "AnAgeSetBesideAName",
	why:     `"substitute Aaron Kerr, a 19-year-old who came on in the 80th minute" gives Kerr's age, though the words after "19-year-old" are not his name`,
	article: "Rovers looked beaten until substitute Aaron Kerr, a 19-year-old who came on in the 80th minute, volleyed in from the edge of the box.\n",
	holds:   map[string]string{"how old is kerr": "19"},
}, {
	name:    "WhosDoingAsksTheDoer",
	why:     `"who's leading the team?" asks who leads it, not who someone is: "a team of four investigators, led by senior air safety investigator Angela Whitfield" answers with her name, not her title, as "led by investigator-in-charge Priya Raman" does`,
	article: "The board was sending a team of four investigators, led by senior air safety investigator Angela Whitfield, to Duluth on Wednesday.\n\nThe Chemical Safety Board said it was deploying a team of 11 investigators to the plant, led by investigator-in-charge Priya Raman.\n",
	want:    map[string]string{"who's leading the team going to duluth": "Angela Whitfield", "whos leading the investigators sent to duluth": "Angela Whitfield", "who's leading the chemical safety board team": "Priya Raman"},
}, {
	name:    "WhenInAMatchsOwnTime",
	why:     `"when was Grant sent off?" is answered by "in the 112th minute": a match keeps its own time, which no calendar date gives`,
	article: "Dunmore midfielder Lewis Grant was sent off in the 112th minute for a second bookable offence, leaving his side with 10 men.\n",
	want:    map[string]string{"when was grant sent off": "in the 112th minute"},
}, {
	name:    "WhereSomeoneIsFromIsNoWhereItHappened",
	why:     `"Tom Hale, a retired teacher from Grand Rapids, was arrested on Monday" says where he is from, not where he was arrested; "where is hale from" still gets Grand Rapids`,
	article: "Tom Hale, a retired teacher from Grand Rapids, was arrested on Monday.\n",
	want:    map[string]string{"where was hale arrested": "", "where is hale from": "Grand Rapids"},
}, {
	name:    "OfTheInAnOrganisationsName",
	why:     `"the University of the Azores" is one name: "University" alone names nothing; "Tom Hale of the Times" stays a person`,
	article: "Scientists from the University of the Azores made the assessment on Sunday.\n\nThe first report was written by Tom Hale of the Times.\n",
	want:    map[string]string{"who made the assessment": "University of the Azores", "who wrote the first report": "Tom Hale"},
}, {
	name:    "ByHowMuchIsTheFigureAfterBy",
	why:     `"by how much did he break the record?" is answered by "by 41 seconds", whatever its unit, not by "less than a mile from the finish"`,
	article: "Daniel Kiprono broke the course record by 41 seconds on Sunday, while a 34-year-old runner collapsed less than a mile from the finish.\n",
	want:    map[string]string{"by how much did he break the record": "41 seconds"},
}, {
	name:    "ChatShorthandForAre",
	why:     `"how many bottles r being recalled": chat's "r" is "are", so "bottles" is what is counted, not "r"`,
	article: "Clearwell Pharmaceuticals is recalling about 1.2 million bottles of its eye drops, the company said.\n",
	holds:   map[string]string{"how many bottles r being recalled": "1.2 million bottles"},
}, {
	name:    "BeforeItClosedIsItsOwnTime",
	why:     `"how many visitors did it get before it closed" is answered by "41,000 visitors in its last full year": "last" places the count in the branch's own time before it closed`,
	article: "Ashby told the council the Eastgate branch had served about 41,000 visitors in its last full year of operation.\n",
	holds:   map[string]string{"how many visitors did eastgate get before it closed": "41,000 visitors"},
}, {
	name:    "CountingNamesOfAKind",
	why:     `"through Ohio, Indiana, Illinois and Iowa" is a list of four states, though the sentence never says "states": WordNet knows each as one`,
	article: "The Elm Bay trucks carried the hay through Ohio, Indiana, Illinois and Iowa to the ranch.\n",
	holds:   map[string]string{"how many states did the trucks carry the hay through": "4"},
}, {
	name:    "CountedByKind",
	why:     `"how many snail species" counts the snails a story lists ("rare snails (A, B, and C)"): "species" says they are counted by kind`,
	article: "Gull Point is a refuge for seabirds and for its rare snails (the Elm snail, the Reedham snail, and the Gull snail).\n",
	holds:   map[string]string{"how many snail species are rare at gull point?": "3"},
}, {
	name:    "TheSubjectOfAProgressiveDoesIt",
	why:     `"Clearwell Pharmaceuticals is recalling … bottles, the company and the FDA said": the company that is recalling is the name before "is recalling", not the agency that announced it; "is recalled" would be passive`,
	article: "TRENTON, N.J. (Reuters) — Clearwell Pharmaceuticals is recalling about 1.2 million bottles of its eye drops after tests found bacteria, the company and the U.S. Food and Drug Administration said on Friday.\n",
	want:    map[string]string{"what company is recalling the eye drops": "Clearwell Pharmaceuticals"},
}, {
	name:    "APeoplesAdjectiveNamesNoThing",
	why:     `"stolen from Dutch museum" says whose museum, not which: "what museum was it" gets no line rather than "Dutch museum"`,
	article: "Three paintings stolen from Dutch museum recovered in Belgium\n\nPolice in Antwerp found the paintings in a rented van on Tuesday.\n",
	without: map[string]string{"what museum was it": "Dutch"},
}, {
	name:    "APartOfACountAnswersOnlyForItsPart",
	why:     `"9 passengers were treated at Elm Bay Hospital, two of them in serious condition": two are some of the 9, so "how many were treated" is 9, and only "how many were in serious condition" is two`,
	article: "The ferry was carrying 40 passengers. 9 passengers were treated at Elm Bay Hospital, two of them in serious condition.\n",
	want:    map[string]string{"how many passengers were treated at the hospital": "9 passengers", "how many passengers were in serious condition": "two"},
}, {
	name:    "AModelNumberIsNoCount",
	why:     `"two Reedham Marine RM-12 diesel engines" counts two engines: the 12 of the engine's model counts nothing, and does not cut the count off from its noun`,
	article: "The Elm Bay ferry had two Reedham Marine RM-12 diesel engines and was launched in 1983.\n",
	holds:   map[string]string{"how many engines did the ferry have?": "two"},
}, {
	name:    "OneNameIsNoList",
	why:     `"which countries sent rescue teams?" is not answered by "Chile" alone when others did too: one name of several is an incomplete list, so there is no line; "what state is he from" asks for one, and "is" is no plural`,
	article: "Chile sent a rescue team to the Elm Bay mine on Tuesday, and teams from Peru and Ecuador followed.\n\nTom Hale, who grew up in Dayton, Ohio, led the first team into the mine.\n",
	want:    map[string]string{"which countries sent rescue teams to the mine?": "", "what state is tom hale from": "Ohio"},
}, {
	name:    "AnOrNotTagNegatesNothing",
	why:     `"so was it arson or not" asks whether it was arson: its "not" is a tag, so "Investigators ruled out arson" answers no, not yes`,
	article: "Investigators ruled out arson, electrical faults and lightning as causes of the fire at the Elm plant.\n",
	opens:   map[string]string{"so was it arson or not": "No: ", "was the fire at the elm plant arson or nah?": "No: "},
}, {
	name:    "NobodyDenies",
	why:     `"Nobody was hurt when the roof fell in" answers "was anybody hurt?" no, as "No one was killed" does`,
	article: "Nobody was hurt when the roof fell in at the Elm plant.\n\nNothing was taken from the safe, the police said.\n",
	opens:   map[string]string{"was anybody hurt when the roof fell in?": "No: ", "was anything taken from the safe?": "No: "},
}, {
	name:    "TalkBeforeAYesNoQuestion",
	why:     `"so did people turn up …?" asks yes or no after the talk it opens with, and "… in Panama or nah" ends on a yes/no tag, not a second place to choose between`,
	article: "Between 10,000 and 15,000 people turned up to watch the trials at Rainhill.\n\nAs far south as Panama, preparations were made for the storm, and classes were suspended in all schools nationwide in Costa Rica.\n",
	opens:   map[string]string{"so did people turn up to watch the trials at rainhill?": "Yes: ", "ok so did people turn up to watch the trials": "Yes: ", "were preparations made in panama or nah": "Yes: "},
}, {
	name:    "NamesOfANounKeepTheirOrdinal",
	why:     `"the 16th Street Bridge" is named with its ordinal: "Street Bridge" is no bridge`,
	article: "The course crossed five bridges, including the Hot Metal Bridge, the 16th Street Bridge and the West End Bridge, before finishing downtown.\n",
	want:    map[string]string{"which bridges did the course go over?": "Hot Metal Bridge, 16th Street Bridge, West End Bridge"},
}, {
	name:    "AnOfficeNamedByTwoFields",
	why:     `"Indonesia's Ministry of Environment and Forestry" is one ministry, named by both its fields; "Forestry" alone is no owner`,
	article: "Indonesia's Ministry of Environment and Forestry, which owns all Sumatran rhinos in captivity, congratulated the zoo.\n",
	want:    map[string]string{"who owns the rhinos?": "Indonesia's Ministry of Environment and Forestry"},
}, {
	name:    "AnAgentAfterAnAbbreviatedTitle",
	why:     `"The ribbon was cut by Gov. Janet Mills" names the governor who cut it, not "Gov": the title's point is no end of the name`,
	article: "The ribbon was cut by Gov. Janet Mills, who called the wing a promise kept.\n",
	want:    map[string]string{"who cut the ribbon?": "Janet Mills"},
}, {
	name:    "WhichOptionIsNotInTheStory",
	why:     `"which of these was NOT part of the tour: A, B, or C?" is answered by the one option the article never says, in its own words and order ("common carp" is not said by "common" here and "carp" there); when it says every option, or leaves out two, it does not tell which`,
	article: "The tour showed the AC-130H Spectre and the MC-130J Commando II to the visitors at Elm Field.\n\nFour species of Asian carp, bighead, silver, black and grass carp, are common in the lake.\n\nThe satellites Nimbus-7 and ICESat-2 were the sources of the ice data, the agency said.\n",
	want:    map[string]string{"Which of these aircraft was NOT part of the tour: AC-130H Spectre, MC-130J Commando II, or F-16?": "F-16", "which of these is not one of the carp species named: bighead, grass, or common carp?": "common carp", "Nimbus-7, ICESat-2, or Landsat: which one is NOT mentioned as a source of the ice data?": "Landsat"},
	without: map[string]string{"which satellite was not a source of the ice data: Nimbus-7 or ICESat-2?": "Nimbus"},
}, {
	name:    "WhatDayAsksADate",
	why:     `"on what day did the fires happen?" asks for a date: a story that gives "July 28" need not say "day" to be about it; "what year did the Titanic sink?" stays off the story`,
	article: "Crews from the Reedham Fire Department fought two house fires on July 28, the first reported shortly after 6:25 a.m.\n",
	want:    map[string]string{"on what day did the fires happen?": "July 28"},
	refuses: []string{"what year did the titanic sink?"},
}, {
	name:    "HowManyCountsTheListTheNounIntroducesOrHeads",
	why:     `no number counts them, but the sentence lists them: "endemic lizards (A, B, and C)" are 3 lizards, "Locust Fork (Blount, Etowah, Jefferson, and Marshall Counties)" 4 counties, the list beside Locust Fork and not Sipsey Fork's`,
	article: "The designation covers five tributaries: Sipsey Fork (Lawrence and Winston Counties); Locust Fork (Blount, Etowah, Jefferson, and Marshall Counties); and Yellow Creek (Tuscaloosa County).\n\nThe work made the island safe for its endemic lizards (Ameiva desechensis, Anolis desechensis, and Sphaerodactylus levinsi) and its seabirds.\n",
	want:    map[string]string{"how many counties does locust fork cover?": "4: Blount, Etowah, Jefferson, Marshall Counties", "how many endemic lizards live on the island?": "3: Ameiva desechensis, Anolis desechensis, Sphaerodactylus levinsi"},
}, {
	name:    "ACommaAndJoinsClausesNotAListOfTwo",
	why:     `"two out of three points, and have both frequency and time values" joins two clauses: a list of two takes no comma, and "have" opens a clause; "recreation, education, and enjoyment" is still a list, though found from its second item`,
	article: "We know two out of three points, and have both frequency and time values to work with.\n\nThe act provides $1.3 billion per year to the Park Service to make enhancements in national parks to ensure their preservation and provide opportunities for recreation, education, and enjoyment for visitors.\n",
	without: map[string]string{"name the values we have": "both frequency"},
	holds:   map[string]string{"name the things the act provides opportunities for": "education and enjoyment"},
}, {
	name:    "AWordWordNetLacksIsNoLittleWord",
	why:     `"regenerative" is missing from WordNet, yet it is an adjective (its ending says so), not a little word that ends a list item: the list keeps its first items`,
	article: "The Elm-1 innovations included electronic computation, binary arithmetic, parallel processing, regenerative capacitor memory, and a separation of memory and computing functions.\n",
	holds:   map[string]string{"what innovations did the elm-1 have?": "binary arithmetic, parallel processing, regenerative capacitor memory"},
}, {
	name:    "AGivenNameThatIsATitle",
	why:     `"Judge Earl R. Larson" is a judge named Earl: a title word right before an initial is a given name, not a second title`,
	article: "The case was resolved on October 19, 1973 when U.S. District Judge Earl R. Larson held the patent invalid.\n",
	want:    map[string]string{"who was the judge in the patent case?": "Earl R. Larson", "who held the patent invalid?": "Earl R. Larson"},
}, {
	name:    "WhichNounIsTheNameOfThatNoun",
	why:     `"which module did the capsule dock to?" asks for the one name the answering sentence gives a module ("the Harmony module's port"), as "which squadron" asks for "the 557th Expeditionary Red Horse Squadron"; a sentence naming two airports does not say which`,
	article: "About 30 hours later, the Elm capsule docked to the Harmony module’s space-facing port.\n\nAnn Lee met with the 557th Expeditionary Red Horse Squadron at Elm Bay.\n\nThe flight ran from Nausori International Airport to Nadi International Airport.\n",
	want:    map[string]string{"which module did the elm capsule dock to?": "Harmony module", "wich squadron did ann lee meet with": "557th Expeditionary Red Horse Squadron"},
	without: map[string]string{"which airport did the flight use?": "Airport"},
}, {
	name:    "AnInfinitiveOfPurposeSaysWhy",
	why:     `"donated the island to protect it from development" says why she gave it away, as "wore glasses to track …" says why they wore them; "the decision to close the school" says no why`,
	article: "Ann Lee arranged to donate the island to protect it from a future of development, before her death in 2018.\n\nDuring the flights, the pilots wore special glasses to track how long they looked at the tablets.\n\nThe board in Reedham made the decision to close the school in March.\n",
	holds:   map[string]string{"why did ann lee give the island away?": "protect it", "why did the pilots wear special glasses?": "to track"},
	without: map[string]string{"why did the board in reedham make a decision in march?": "decision"},
}, {
	name:    "ACountOfTimeCountsNothingElse",
	why:     `"nine days reapplying the tiles" counts days, not tiles, and "Two days later … had been torpedoed" no torpedoes; "how many days" still takes it`,
	article: "Workers returned the shuttle to a hangar where over 100 men and women worked for nine days reapplying the tiles.\n\nTwo days later, on 15 September, a message said the Elm Star had been torpedoed.\n",
	without: map[string]string{"how many tiles did the shuttle have?": "nine", "how many torpedoes hit the elm star?": "Two"},
	want:    map[string]string{"how many days did the workers spend reapplying the tiles?": "nine days"},
}, {
	name:    "HowBigACrowdIsACount",
	why:     `"how big was the crowd?" asks how many people were in it, not a length the sentence gives ("from 25 metres")`,
	article: "A crowd of 27,450 watched Reedham take the lead when Tom Hale curled a free kick past the goalkeeper from 25 metres.\n",
	want:    map[string]string{"how big was the crowd?": "27,450", "anyone know how big the crowd was": "27,450"},
}, {
	name:    "AnAgeOfANameTypedWrong",
	why:     `"how old is ashdwon?" asks Ashdown's age: the name typed wrong is read as the story's name it was corrected to`,
	article: "Margaret Ashdown, 58, of Reedham was convicted on Tuesday of four counts of fraud.\n",
	want:    map[string]string{"how old is ashdwon": "58"},
}, {
	name:    "WhatNumberAsksAnOrdinal",
	why:     `"what number mission is it?" and "which flight number was this?" ask the ordinal that numbers the noun ("the 14th mission", "the 9th flight"), not a name near it; "what number was the car?" asks no ordinal`,
	article: "Elm-1 is the 14th mission selected as part of the Norvia Discovery Program under the Science Mission Directorate.\n\nThursday's launch was the 9th flight of the Reed-2 rocket and the company's 3rd launch of the year.\n\nAnn Lee drove car 22 to third in the race.\n",
	want:    map[string]string{"what number mission is elm-1 in the discovery program?": "14th mission", "which flight number was this for reed-2?": "9th flight"},
	without: map[string]string{"which number was the car ann lee drove to third in the race?": "third"},
}, {
	name:    "AnOrdinalNumbersAUnit",
	why:     `"the 4th Marine Aircraft Wing" is a unit's name: its ordinal counts no aircraft, as "the 7th Fleet" counts no fleets`,
	article: "Crews loaded Marine Corps helicopters into a cargo plane to deliver the Marine aircraft to the 4th Marine Aircraft Wing in Elm Bay.\n\nThe carrier joined the 7th Fleet in Reedham.\n",
	without: map[string]string{"how many marine aircraft were delivered?": "4th", "how many fleets did the carrier join?": "7th"},
}, {
	name:    "PeopleInAFieldAreOneName",
	why:     `"the Norvia Society of Professional Engineers in Government" is one name, people in a field; the field alone ("Government") answers nothing, while "engineers in Reedham" are in a place`,
	article: "The Federal Engineer of the Year Award is sponsored by the Norvia Society of Professional Engineers in Government. It honors engineers in Reedham and elsewhere.\n",
	want:    map[string]string{"who sponsors the award?": "Norvia Society of Professional Engineers in Government"},
}, {
	name:    "HowManyPeopleAreQuoted",
	why:     `no sentence says how many people the story quotes; the sentences that give someone's words do, each speaker once however often quoted`,
	article: "“The base is safer now,” said Col. Ann Lee, the wing commander.\n\nDrone users must register, said Tom Hale, a safety officer. “Most people want to fly legally,” Hale said.\n\n“We will enforce the rule,” said Ken Sato.\n",
	want:    map[string]string{"how many people are quoted in the article?": "3: Ann Lee, Tom Hale, Ken Sato"},
}, {
	name:    "WhatAmountAsksHowMuch",
	why:     `"what was the bond amount?" and "what is the amount of the fine?" ask how much, though no "how" says so`,
	article: "The commissioner in Elm Bay issued arrest warrants, and $4000 bonds to ensure the defendants appeared in court.\n\nThe court set a fine of $2,500 for the landlord.\n",
	want:    map[string]string{"what was the bond amount?": "$4000", "what is the amount of the fine?": "$2,500"},
}, {
	name:    "OrdinaryEnglishThisSessionsRulesMustNotMisread",
	why:     `the session's rules must leave plain sentences alone: "the 2016 G20 summit" is dated by 2016, "Ann Lee faces Tom Hale" sets no role between them, "$20 each" with no sum in all is a price, "200 passengers and dozens of crew" counts passengers, "runs 40 miles across the park" is a length, "defeated Tom Hale and Ed Reyes won" joins two clauses, "where did researchers study the whale?" asks no school, "Norvia-based Reed Aviation crashed in Elm Bay" crashed in Elm Bay, "a young Tom Hale" names him, and "round 1" is not "round 11"`,
	article: "The 2016 G20 summit was held in Reedham.\n\nAnn Lee faces Tom Hale in the final on Sunday.\n\nTickets cost $20 each, and the concert raised $50,000 for the hospital.\n\nThe ferry carried 200 passengers and dozens of crew members to Elm Key.\n\nThe new trail runs 40 miles across the park and climbs 3,000 feet.\n\nAnn Lee defeated Ken Sato and Ed Reyes won the doubles title on Sunday.\n\nResearchers from Reedham University studied the whale off the coast of Norvia last summer.\n\nA plane operated by Norvia-based Reed Aviation crashed shortly after takeoff in Elm Bay on Monday.\n\nThe gold medal went to a young Tom Hale.\n\nKen Sato knocked down Ed Reyes in round 11.\n",
	holds:   map[string]string{"when was the g20 summit held?": "2016", "who faces tom hale in the final?": "Ann Lee", "how much do the tickets cost?": "$20", "how many passengers did the ferry carry?": "200", "how long is the new trail?": "40 miles", "who won the gold medal?": "Tom Hale", "where did the reed aviation plane crash?": "Elm Bay"},
	without: map[string]string{"who won the doubles title?": "Sato", "where did researchers study the whale?": "University", "did ken sato knock down ed reyes in round 1?": "Yes"},
}, {
	name:    "ATimeAndItsDay",
	why:     `"undocked at 11:20 a.m. Monday, March 11, to begin the trip home" is one sentence, and says the day as well as the time`,
	article: "The Elm-9 crew undocked at 11:20 a.m. Monday, March 11, to begin the trip home.\n",
	want:    map[string]string{"when did the elm-9 crew undock?": "11:20 a.m. Monday, March 11"},
}, {
	name:    "ACountOfTwoNounsCountsNeither",
	why:     `"took off with 17 passengers and crews" counts both; "carrying 17 people consisting of 15 passengers and 2 crews" says how many passengers`,
	article: "On 24 July 1999, the plane carrying 17 people consisting of 15 passengers and 2 crews crashed into a mountain near Elm Bay.\n\nThe plane took off from Reedham with 17 passengers and crews.\n",
	want:    map[string]string{"how many passengers were aboard?": "15 passengers"},
}, {
	name:    "WhereItHappenedIsWhereItOccurred",
	why:     `"where did the disaster happen?" asks where it occurred ("occurred on 1 July 1999 in Reedham, Norvia"), not where it ranks ("the deadliest cable car accident in Norvia"), though both sentences say "disaster"`,
	article: "The Reedham cable car disaster occurred on 1 July 1999 in Reedham, Norvia, when a gondola detached from its cable. The accident killed all twenty people on board. The disaster remains the deadliest cable car accident in Norvia.\n",
	holds:   map[string]string{"where did the disaster happen?": "Reedham"},
}, {
	name:    "NearAPlaceIsNotInIt",
	why:     `"the village of Elm Bay near Reedham": Elm Bay is near Reedham, not in it; an answer without "near" says what the story does not`,
	article: "On 21 October 1966 a spoil tip on a hill above the village of Elm Bay near Reedham collapsed.\n",
	want:    map[string]string{"where is elm bay?": "near Reedham"},
}, {
	name:    "AFigureKeepsItsHedge",
	why:     `"In the early 1980s", "greater than 100 acres", "nearly five years after the accident": the hedge is part of what the story says, and an answer without it says more than the story does`,
	article: "In the early 1980s, scientists discovered two caves at Elm Mountain. One parcel was large, greater than 100 acres, and it was for sale.\n\nNearly five years after the accident, the court acquitted five workers.\n\nThe asteroid was first observed less than three hours before its impact by an astronomer at Elm Observatory.\n",
	want:    map[string]string{"when were the caves discovered?": "early 1980s", "how big was the parcel?": "greater than 100 acres", "when did the court acquit the workers?": "Nearly five years after the accident", "when was the asteroid first observed?": "less than three hours before its impact"},
}, {
	name:    "ACenterIsAPlaceToo",
	why:     `"launched from the agency's Reedham Space Center in Norvia": the center says where more exactly than the country, though it is an organisation too`,
	article: "The crew flew on the Elm-8 mission, which launched from the agency’s Reedham Space Center in Norvia on March 4.\n",
	want:    map[string]string{"where did the elm-8 mission launch from?": "Reedham Space Center in Norvia"},
}, {
	name:    "WhoDidItMayBeSeveral",
	why:     `"inaugurated by U.S. Senator Ann Lee and U.S. Congressman Tom Hale": both did it; "given by Secretary Ken Sato and Operation Elm Dawn was executed" joins two clauses, not two doers`,
	article: "The fence was inaugurated on Friday by U.S. Senator Ann Lee and U.S. Congressman Tom Hale, along with partners.\n\nThe order to strike was given by Secretary of Defense Ken Sato and Operation Elm Dawn was executed.\n",
	want:    map[string]string{"who inaugurated the fence?": "U.S. Senator Ann Lee and U.S. Congressman Tom Hale"},
	without: map[string]string{"who gave the order to strike?": "Operation"},
}, {
	name:    "WhereSomeoneWentToSchool",
	why:     `"Ann Lee, who had been born two miles from Elm Bay and had attended Reedham Grammar School": a school answers where she went to school, not her birthplace`,
	article: "The tribunal was chaired by Ann Lee, who had been born two miles from Elm Bay and had attended Reedham Grammar School.\n",
	want:    map[string]string{"where did ann lee go to school?": "Reedham Grammar School"},
}, {
	name:    "ADescriptionIsNoListItem",
	why:     `"a small asteroid", "the first asteroid", "another tiny asteroid" describe asteroids the story names otherwise ("2008 TC3", "2023 CX1"): no list of them answers "list the asteroids", while "brook trout, brown trout" are kinds and still do`,
	article: "A small asteroid about 3 feet in size burned up over Norvia on Sunday. The first asteroid to be tracked before impact was 2008 TC3. In early 2023, another tiny asteroid, designated 2023 CX1, was detected seven hours before it entered the atmosphere.\n\nThe hatchery stocks brook trout, brown trout, lake trout and rainbow trout in Elm Lake.\n",
	without: map[string]string{"list the asteroids mentioned": "small asteroid"},
	holds:   map[string]string{"which trout does the hatchery stock?": "brown trout"},
}, {
	name:    "TheDateOfTheNumberedNameAsked",
	why:     `"Beginning with the launch of Elm Demo-2 in 2020, the program has launched nine missions, most recently its Crew-8 mission, which launched from Reedham on March 4, 2024": 2020 is Demo-2's; Crew-8 launched on March 4, 2024`,
	article: "Beginning with the launch of Elm Demo-2 in 2020 – the first crewed flight from Norvia – the program has launched nine crewed missions to the station, most recently the agency’s Elm Crew-8 mission, which launched from the Reedham Space Center on March 4, 2024.\n",
	want:    map[string]string{"when did crew-8 launch?": "March 4, 2024"},
}, {
	name:    "HowLongNotHowWide",
	why:     `"the Elm Tube is a 0.5 meter diameter, 35-meter tunnel" is 35 meters long; the 0.5 meter is across it`,
	article: "Cadets test models in two tunnels. The Elm Tube is a 0.5 meter diameter, 35-meter tunnel that can produce winds of Mach 6.\n",
	want:    map[string]string{"how long is the elm tube?": "35 meters"},
}, {
	name:    "AnOfficeAppointed",
	why:     `"after resolutions in both Houses of Parliament, the Secretary of State for Norvia appointed a tribunal": the Secretary, an office and whoever holds it, appointed it; the houses only resolved`,
	article: "On 26 October 1966, after resolutions in both Houses of Parliament, the Secretary of State for Norvia appointed a tribunal to inquire into the causes of the Elm Bay disaster.\n",
	want:    map[string]string{"who appointed the tribunal?": "Secretary of State for Norvia"},
}, {
	name:    "ThePersonAfterTheirAgencyAndRole",
	why:     `"Lee conducted one spacewalk, joined by Norvia Space Agency astronaut Tom Hale" names Lee and Hale, not the agency, as who did it`,
	article: "Ann Lee conducted one spacewalk, joined by Norvia Space Agency astronaut Tom Hale, replacing a bearing on the solar array.\n",
	holds:   map[string]string{"who did the spacewalk?": "Lee"},
	without: map[string]string{"who did the spacewalk?": "Agency"},
}, {
	name:    "WhatSomeoneWasIsNoName",
	why:     `"Attorney General Amos T. Reed, a former Confederate and slaveholder, directed prosecution of the case": "a former Confederate" says what he was; he directed it`,
	article: "Attorney General Amos T. Reed, a former Confederate and slaveholder who became one of the enemies of the Klan, directed prosecution of the case.\n",
	want:    map[string]string{"who directed prosecution of the case?": "Amos T. Reed"},
}, {
	name:    "WhoDoesItInAClauseOnTheName",
	why:     `"said Tom Reyes, who manages the program" says who manages the Elm Commercial Crew Program; the first sentence only names a deputy of it, and says nothing of managing`,
	article: "The society named Ann Lee, deputy chief engineer of the Elm Commercial Crew Program, as its engineer of the year.\n\n“The team reviews the data for every mission our commercial partners fly,” said Tom Reyes, who manages the program.\n",
	want:    map[string]string{"who manages the elm commercial crew program?": "Tom Reyes"},
}, {
	name:    "YesNeedsTheNumberAsked",
	why:     `"in the middle of round 6 Lee hit Hale with a right that knocked down Hale" does not say Lee knocked him down in the first round, nor in round 2`,
	article: "Lee fought Hale in a ten-round bout in Elm Bay. It was a close fight till the middle of round 6 when Lee hit Hale with a right on the chin which knocked down Hale.\n",
	without: map[string]string{"did lee knock hale down in the first round?": "Yes", "did lee knock down hale in round 2?": "Yes"},
	opens:   map[string]string{"did lee knock down hale in round 6?": "Yes"},
}, {
	name:    "WhereAFirmIsBased",
	why:     `"Gull Guidance Systems, a Norvia-based company, provided the screens at Lake Elm" says the firm is based in Norvia, not at the lake where it worked; so does "Ostland-based Reed Aviation"`,
	article: "Gull Guidance Systems, a Norvia-based company specializing in fish screens, provided the screens at Lake Elm. The plane was leased to Ostland-based Reed Aviation, flying from Elm Bay.\n",
	want:    map[string]string{"where is gull guidance systems based?": "Norvia", "where is reed aviation based?": "Ostland"},
}, {
	name:    "ASumInAllNotForEach",
	why:     `"paid out £90,000 in compensation: £300 for each family" pays £90,000 in all; the £300 answers only a question that asks for each one`,
	article: "The board paid out £90,000 in compensation: £300 for each family, plus money for repairs.\n",
	want:    map[string]string{"how much compensation did the board pay out?": "£90,000", "how much was paid for each family?": "£300"},
}, {
	name:    "AYearThatNamesAnAsteroid",
	why:     `the 2031 of "the asteroid 2031 QX4" is part of its name, as astronomers name asteroids, and dates nothing: "when was it spotted?" is answered by the night it was spotted`,
	article: "Astronomers spotted the asteroid 2031 QX4 on a Sunday night. It burned up over Norvia three hours later.\n",
	want:    map[string]string{"when was it spotted?": "Sunday"},
}, {
	name:    "HowManyPeopleAListNames",
	why:     `"the judges Ann Lee, Tom Hale and Ed Reyes voted against the release" gives no number, but three judges: "how many judges voted against the release?" is answered by counting them`,
	article: "The prosecutor did not agree, and the judges Ann Lee, Tom Hale and Ed Reyes voted against the release.\n",
	want:    map[string]string{"how many judges voted against the release?": "3: Ann Lee, Tom Hale and Ed Reyes"},
}, {
	name:    "HowManyPlacesAListGives",
	why:     `"conducted port visits in Gull Point, Elmland; Reedham, Norvia; and Stone Bay, Ostland" gives no number, but three port visits: "how many port visits were there?" is answered by counting them`,
	article: "Over the six-month span, the ferry crew conducted port visits in Gull Point, Elmland; Reedham, Norvia; and Stone Bay, Ostland.\n",
	want:    map[string]string{"how many port visits were there?": "3: Gull Point, Elmland; Reedham, Norvia; and Stone Bay, Ostland"},
}, {
	name:    "OrdinaryEnglishTheNewRulesMustNotMisread",
	why:     `the session's rules must leave plain sentences alone: "40 or more homes" is a count, "Ohio, Indiana and Illinois" a list of states, "six months a year after it opened" no rate, "12 hours before they stopped" no date told from an event, "two fuel trucks" no amount of fuel, and "Italian restaurant owner Tom Hale" no Italian`,
	article: "Storms damaged 40 or more homes in Elm Bay. The storm hit Ohio, Indiana and Illinois.\n\nBuilt in 14 months, the Gull Bridge was closed for six months a year after it opened.\n\nTwo fuel trucks collided at Reedham, spilling 3,000 gallons.\n\nItalian restaurant chef Tom Hale fed the crews.\n",
	holds:   map[string]string{"how many homes were damaged?": "40", "how long was the gull bridge closed for?": "six months", "how much fuel spilled?": "3,000 gallons", "which states did the storm hit?": "Illinois"},
	without: map[string]string{"where is tom hale from?": "Italy", "where did the storm hit?": "Indiana"},
}, {
	name:    "WhereAFirmWithItsShortFormIs",
	why:     `"Elm Aquarium, Inc. (EAI), located in Reedham, Ostland, was sentenced in Key West": the firm is in Reedham; the place after its short form is its own, not another name's, and the court's Key West is no answer`,
	article: "The attorney announced that Elm Aquarium, Inc. (EAI), located in Reedham, Ostland, was sentenced today in Key West for selling sharks.\n",
	holds:   map[string]string{"where is elm aquarium?": "Reedham"},
}, {
	name:    "AFurtherCountOfWhatIsAsked",
	why:     `"a further 44 people on the ground were killed" is how many died on the ground, though the count is "further"`,
	article: "The plane hit a petrol station, and a further 44 people on the ground were killed, bringing the death toll to nearly 50.\n",
	holds:   map[string]string{"how many people on the ground died?": "44"},
}, {
	name:    "FromTheCountryOfTheRole",
	why:     `"the American physicist Tom Hale" says where Hale is from, though the story has him travel to France`,
	article: "In 1904 the American physicist Tom Hale travelled to France to visit the Elm Bay laboratory.\n",
	want:    map[string]string{"where was hale from?": "America"},
}, {
	name:    "WhereANameIsNotAnothersPlace",
	why:     `"the Gull Observatory in Reedham" is where the observatory is: "where is the Elm Bay Space Center?" is not answered by Reedham`,
	article: "The Elm Bay Space Center worked with the Gull Observatory in Reedham.\n",
	without: map[string]string{"where is the elm bay space center?": "Reedham"},
}, {
	name:    "WhereANameIsWhereTheStorySetsIt",
	why:     `the story sets the Elm Bay Space Center "in Huntsville, Alabama": the Stone Point its rocket flew from is no answer to where the center is`,
	article: "The Elm Bay Space Center rocket flew from Stone Point.\n\nThe cameras, which took two years to build and test, were made at the Elm Bay Space Center in Huntsville, Alabama, by a team of forty engineers working in shifts around the clock.\n",
	want:    map[string]string{"where is the elm bay space center?": "Huntsville, Alabama"},
}, {
	name:    "WhereANameIsIsRightAfterIt",
	why:     `"where is the Elm Bay Space Center?" is the place the text sets right after it ("in Huntsville, Alabama"), not the place of the next name in a list ("the Gull Observatory in Reedham"); "Lafayette, Indiana received" is a town and its state, and "(CBF) in Texas" sets the CBF in Texas`,
	article: "The Elm Bay Space Center led the work with the Gull Observatory in Reedham, Ostland.\n\nThe cameras, which took two years to build and test, were made at the Elm Bay Space Center in Huntsville, Alabama, by a team of forty engineers working in shifts around the clock.\n\nStudents from Purdue University in Lafayette, Indiana received an award. The Elm Balloon Facility (CBF) in Texas flew the balloon.\n",
	want:    map[string]string{"where is the elm bay space center?": "Huntsville, Alabama", "where is purdue university?": "Lafayette, Indiana", "where is the cbf?": "Texas"},
}, {
	name:    "ANarrowedCountOfAnotherNoun",
	why:     `"2,000 Brown Noddies" are no brown boobies, and "three endemic arachnids" no endemic lizard species: the narrowing word is there, but the noun it narrows is another`,
	article: "In the early 1900s, Elm Island was home to vast seabird colonies. Approximately 15,000 Brown Boobies, 2,000 Red-footed Boobies (Sula sula), 2,000 Brown Noddies (Anous stolidus), 1,500 Bridled Terns (Onychoprion anaethetus), and hundreds of Laughing Gulls (Larus atricilla) nested here.\n\nBy 2016, up to 30 Brown Boobies were foraging in the nearby waters.\n\nThe Service made the island safe again for seabirds, the island’s endemic lizards (Ameiva elmensis and Anolis elmensis), three endemic arachnids, and a rare cactus.\n\nThe crews of the two merchant vessels were in extreme danger.\n",
	holds:   map[string]string{"how many merchant ships' crews were in danger?": "two"},
	without: map[string]string{"how many brown boobys nested here in the early 1900s?": "2,000", "how many endemic lizard species are there?": "arachnids"},
}, {
	name:    "ACountOfMoreIsNoTotal",
	why:     `"After notching another four flights" and "dozens more flights than planned" count flights on top of others: neither answers "how many flights did it make?"`,
	article: "The Gull drone made dozens more flights than planned.\n\nAfter notching another four flights over the crater, the Gull drone became a scout.\n",
	without: map[string]string{"how many flights did the gull drone notch over the crater?": "four", "how many flights did the gull drone do?": "dozens"},
}, {
	name:    "RoleNamedByWhatItLeads",
	why:     `"said Ann Lee, technical and camera lead for the Elm Bay rocket": "who is the camera lead?" is Ann Lee, though WordNet's "lead" is a metal`,
	article: "“We had to wait for a flare,” said Ann Lee, technical and camera lead for the Elm Bay rocket.\n",
	want:    map[string]string{"who is the camera lead?": "Ann Lee"},
}, {
	name:    "WhenIsSoLongAfterAnEvent",
	why:     `"the rule, which becomes effective 30 days after publication, is at Docket Number ELM–R4–ES–2016–0031": it takes effect 30 days after publication; the 2016 of a code dates nothing`,
	article: "The Elm Bay habitat rule, which becomes effective 30 days after publication in the Federal Register, can be read at Docket Number ELM–R4–ES–2016–0031.\n",
	want:    map[string]string{"when does the rule take effect?": "30 days after publication", "how many days after publication does the rule take effect?": "30 days"},
	without: map[string]string{"when was the docket number given?": "2016"},
}, {
	name:    "PlaceWithTheOneItIsIn",
	why:     `"from Stone Point Range in Alaska", "the Gull Center in Hampton, Virginia": a place is answered with the state or country the text puts it in, and "Hampton" before ", Virginia" is a town, though English knows a Lionel Hampton`,
	article: "The rocket launched in May from Stone Point Range in Alaska, with help from the Elm Bay Rocket Program.\n\nThe Gull Center in Hampton, Virginia, tested its parts.\n\nThe Tarn College in Glen Ellyn, Illinois, came third.\n",
	want:    map[string]string{"where was the rocket launched from?": "Stone Point Range in Alaska", "where is the gull center?": "Hampton, Virginia", "where is the tarn college?": "Glen Ellyn, Illinois"},
}, {
	name:    "HowMuchOfANounCountsIt",
	why:     `"sailed more than 78,000 miles and dropped 904 pieces of ordnance": "how much ordnance did the group drop?" is counted in pieces, not in the miles it sailed`,
	article: "The Elm Bay strike group sailed more than 78,000 miles during the deployment, flew 1,322 sorties and dropped 904 pieces of ordnance.\n",
	want:    map[string]string{"how much ordnance did the group drop?": "904 pieces of ordnance"},
}, {
	name:    "HowLongIsNoTimeADay",
	why:     `"used for 17 hours a day for 3 years": "how long was it used?" is 3 years; 17 hours a day says how often`,
	article: "The first Elm Bay pump was used for 17 hours a day for 3 years, until the river froze one winter.\n",
	want:    map[string]string{"how long was the first pump used for?": "3 years"},
}, {
	name:    "LifeDatesInBracketsDateNoEvent",
	why:     `"brothers Tom Hale (1963 – 1999) and Ann Hale (1962 – 1999) bungled a bank robbery": the brackets give their lives' dates, even with the robbery in their part of the sentence; the robbery's date is the sentence's other one`,
	article: "On May 3, 1982, brothers Tom Hale (October 20, 1963 - February 24, 1999) and Ann Hale (January 26, 1962 - March 3, 1999) bungled an armed bank robbery in Elm Bay, Elmland, killing a man.\n",
	want:    map[string]string{"when was the bank robbery?": "May 3, 1982"},
}, {
	name:    "WhereIsThePartOfAPlace",
	why:     `"collapsed in the lobby of the Elm Bay Clinic" says where more exactly than the clinic's name: "the lobby of the Elm Bay Clinic", even when the clinic is read as a body of people`,
	article: "A patient collapsed in the lobby of the Elm Bay Clinic in Reedham in April, and two nurses revived him.\n",
	want:    map[string]string{"where did the patient collapse?": "lobby of the Elm Bay Clinic in Reedham"},
}, {
	name:    "WhereFromIsAfterFrom",
	why:     `"where did Hale transfer from?" asks the place after "from" ("the Reedham VA system"), not the place he moved to ("here in Elm Bay"), even when the story's name for it is of no known kind`,
	article: "“I transferred from the Reedham VA system because we wanted the schools here in Elm Bay,” Tom Hale said. The Gull was launched in May from Stone Point in central Elmland.\n",
	want:    map[string]string{"where did hale transfer from?": "Reedham VA", "where was the gull launched from?": "Stone Point"},
}, {
	name:    "RussianVerbInOvat",
	why:     `"командует" is "командовать", to command, not "команда", a team: "какой адмирал командует группой?" asks which admiral, and is answered by his name, not the group's`,
	article: "The Elm Bay Strike Group came home in May.\n\n“Our entire team is glad to be back,” said Rear Adm. Tom Hale, who commands the group.\n",
	want:    map[string]string{"какой адмирал командует группой?": "Rear Adm. Tom Hale", "which admiral commanded the group?": "Rear Adm. Tom Hale"},
}, {
	name:    "HolidayIsADate",
	why:     `"On Veterans Day, a color guard raised the flag" says when: "Veterans Day", not "the story doesn't say when"`,
	article: "On Veterans Day, a Coast Guard color guard raised the flag over Elm Bay for the first time.\n",
	want:    map[string]string{"when did the color guard raise the flag?": "Veterans Day"},
}, {
	name:    "HowLongHasIsATime",
	why:     `"how long has the navy been operating in the bay?" is answered by the length of time the story gives ("more than 70 years") when it gives no date it has operated since`,
	article: "The Elm Bay Navy has operated in the bay for more than 70 years, keeping its lanes open.\n",
	want:    map[string]string{"how long has the navy been operating in the bay?": "more than 70 years"},
}, {
	name:    "ShortenedTitleIsItsWord",
	why:     `"Rear Adm. Tom Hale" is an admiral: "which admiral led the group?" is answered by his name and title, not "Rear Adm"`,
	article: "The Elm Bay group sailed home in May under Rear Adm. Tom Hale, who led it for two years.\n",
	want:    map[string]string{"which admiral led the group?": "Rear Adm. Tom Hale"},
}, {
	name:    "DoerByTheVerbsNoun",
	why:     `"built by the Elm Bay Boat Company … under the direction of Jahaziel Orme": Orme directed the building, the company built the boat`,
	article: "The Gull was built in 1815 by the Elm Bay Boat Company at its yard in Reedham, Elmland, under the direction of Jahaziel Orme.\n",
	want:    map[string]string{"who directed the construction?": "Jahaziel Orme", "who built the gull?": "Elm Bay Boat Company"},
}, {
	name:    "ListItemByWhereItIs",
	why:     `"Gull Point, Elmland; Reedham, Norvia; Stone Bay, Ostland; and Hale Harbour, Elmland": "which port in ostland?" is Stone Bay, "in elmland" both of Elmland's, "outside elmland" none of them, and "list all the port visits" the list, not "crew conducted port visits"`,
	article: "Over the summer, the ferry crew conducted port visits in Gull Point, Elmland; Reedham, Norvia; Stone Bay, Ostland; and Hale Harbour, Elmland.\n",
	want:    map[string]string{"which port did the ferry visit in ostland?": "Stone Bay", "which ports did the ferry visit in elmland?": "Gull Point, Hale Harbour", "list all the port visits": "Gull Point, Elmland; Reedham, Norvia; Stone Bay, Ostland; and Hale Harbour, Elmland"},
	without: map[string]string{"which ports did the ferry visit outside elmland?": "Gull Point"},
}, {
	name:    "DateInACommaAside",
	why:     `"Hale's crew, by now reduced to three with the death of Bo Reed on 17 April 1861, reached Gull Point on 21 April 1861": the aside in commas dates Reed's death, not the crew's arrival`,
	article: "Hale's crew, by now reduced to three with the death of Bo Reed on 17 April 1861, reached Gull Point on the evening of 21 April 1861.\n",
	want:    map[string]string{"when did hale's crew get back to gull point?": "21 April 1861", "when did bo reed die?": "17 April 1861"},
}, {
	name:    "CommaAsideLeavesNoOnlyDate",
	why:     `a paragraph that dates the strike and, in a comma aside, Hale's election does not date the violence it tells of undated: the aside's date still counts, and the strike's is no only date`,
	article: "On October 17, 1950, the Elm Bay miners went on strike. Tom Hale, who was elected president of the union in early 1951, was arrested. Violence erupted on several occasions, especially when the company brought in strikebreakers.\n",
	without: map[string]string{"when did violence break out?": "1950"},
}, {
	name:    "OneOfTheOfferedAnswers",
	why:     `"who got the harsher sentence, hale or reed?" offers two answers: the judge who gave the sentences is neither, and no answer line; "who got the longer sentence?" is not weighed by their ages ("Bo A. Reed, 23,")`,
	article: "Erik Tom Hale, 18, of Gull Point, and Bo A. Reed, 23, of Elm Bay, previously pled guilty for their part in the July 2 incident. United States District Court Judge Ann E. Lee sentenced Hale to one year in jail, followed by two years of supervised release, and ordered him to perform 200 hours of community service. Reed was sentenced to time already served and placed on 180 days of home confinement.\n",
	without: map[string]string{"who got the harsher sentence, hale or reed?": "Lee", "who got the longer sentence, hale or reed?": "23"},
}, {
	name:    "NumberedNameIsOneOfASeries",
	why:     `"Elmsat 1", "Elmsat 3" and "Elmsat 4" are three probes: "how much did elmsat 4 weigh?" is not answered by the weight of Elmsat 1 or 3, said beside it`,
	article: "Elmsat 1, weighing 84 pounds, took off from Gull Point in May 1958.\n\nThe 13-pound Elmsat 3 took off in December. Elmsat 4 flew past the Moon in March 1959.\n",
	want:    map[string]string{"how much did elmsat 3 weigh?": "13 pounds"},
	without: map[string]string{"how much did elmsat 4 weigh?": "pound"},
}, {
	name:    "BuriedIsNoSinking",
	why:     `"buried" reaches "sank" only through another sense of the verb: "where is hale buried?" is not answered by the sea his ship sank in`,
	article: "Tom Hale's ship was crushed by the ice and sank in the Elm Sea in 1915.\n",
	without: map[string]string{"where is hale buried?": "Elm Sea"},
}, {
	name:    "TimeIntoSomethingIsADate",
	why:     `"Eight months into the strike, the company got an injunction" says when the injunction came; it dates the injunction, never the strike itself`,
	article: "Eight months into the strike, the Elm Bay Mining Company got a court injunction against the pickets.\n",
	want:    map[string]string{"when did the company get the injunction?": "Eight months into the strike"},
	without: map[string]string{"when did the strike start?": "Eight months"},
}, {
	name:    "SeveralHundredIsACount",
	why:     `"12 dead and several hundred wounded": "how many were wounded?" is answered "several hundred", not the 12 dead`,
	article: "Police fired on the Elm Bay march, which left behind 12 dead and several hundred wounded.\n",
	want:    map[string]string{"how many were wounded?": "several hundred"},
}, {
	name:    "ThingNamedAfterAPersonAndTheServiceInFull",
	why:     `"Tom Hale Key" is an island named after Tom Hale, no one who manages anything, and "the Service" said alone is the U.S. Fish and Wildlife Service the article named first`,
	article: "Tom Hale gave Gull Island to the U.S. Fish and Wildlife Service in 2019.\n\nIn his honour the island, renamed Tom Hale Key, is now managed by the Service.\n",
	want:    map[string]string{"who manages the island now?": "U.S. Fish and Wildlife Service"},
}, {
	name:    "PlaceIsNoGivenName",
	why:     `"Florida" is a given name too, but "the Florida Keys refuges" (later "the Keys") names no one: "who raised funds?" is answered by the society that did, not "Florida Keys"`,
	article: "The Elm Bay Harbour Society, a friends group for the Florida Keys refuges, raised funds for the plaque.\n\nMost of the old base in the Keys is gone.\n",
	want:    map[string]string{"who raised funds for the plaque?": "Elm Bay Harbour Society"},
}, {
	name:    "AmpersandAndEnDashJoinAName",
	why:     `"Harlow & Sons Ltd" and "Gull Point–Elm Bay International Airport" are one name each: "who built the ferry?" is not answered "Sons Ltd", and "which airport" gets the whole name, not the words after the dash`,
	article: "The Elm Bay ferry was built in Britain by Harlow & Sons Ltd.\n\nThe seaplane was bound for Gull Point–Elm Bay International Airport.\n",
	want:    map[string]string{"who built the ferry?": "Harlow & Sons Ltd", "which airport was the seaplane bound for?": "Gull Point–Elm Bay International Airport"},
}, {
	name:    "DescriptionGoesPastUS",
	why:     `"Tom Hale, a local historian and U.S. Navy veteran who …" says who Hale is past the points of "U.S.": not "a local historian and U"`,
	article: "The Elm Bay Society was represented by Tom Hale, a local historian and U.S. Navy veteran who lived on the bay during the long storm years of the sixties.\n",
	holds:   map[string]string{"who is tom hale": "U.S. Navy veteran"},
}, {
	name:    "TypesetTimesAndSeasons",
	why:     "a time set with a no-break space keeps its \"p.m.\" (\"5:01\u00a0p.m.\"), and a season of two years (\"1916–17\") is answered whole",
	article: "The Elm Bay ferry left Gull Point at 5:01\u00a0p.m. on its last run.\n\nIn 1916–17, Tom Hale was awarded the Harbour Medal.\n",
	want:    map[string]string{"what time did the ferry leave gull point?": "5:01 p.m.", "when was hale awarded the harbour medal?": "1916–17"},
}, {
	name:    "NameInBracketsAfterTheShortening",
	why:     `a list of instruments gives each name in brackets after its shortening, with inner capitals ("eXperiment"): "what does GULLX stand for?" is answered by the bracket; two such questions in one get both; a bracket of one word, with a number in it, or opening with another letter says no name`,
	article: "GULLX (Gull-Point Light Listening eXperiment): an instrument that listens for storms.\n\nTBS (Tidal Bay Sensor): a gauge of the tides.\n\nThe ferry ELMO (Gull Point Ferry) sank.\n\nThe tug REED (Rescue) and the barge HALE (Harbour Lift 1998) sank with her.\n",
	want: map[string]string{
		"lol what does GULLX even stand for":                      "Gull-Point Light Listening eXperiment",
		"what does TBS stand for, and what does GULLX stand for?": "Tidal Bay Sensor · Gull-Point Light Listening eXperiment",
	},
	without: map[string]string{"what does ELMO stand for?": "Gull Point Ferry", "what does REED stand for?": "Rescue", "what does HALE stand for?": "Harbour Lift"},
}, {
	name:    "StillAtANamedTimeIsNotNow",
	why:     `"were they still built in the 2000s?" asks about the 2000s, which "still built at least until 2009" does not deny; "are they still built?" asks about now, which it does`,
	article: "Although considered obsolete by 2015, Elm dinghies were still built at least until 2009.\n",
	opens:   map[string]string{"are elm dinghies still built?": "No: "},
	without: map[string]string{"were elm dinghies still built in the 2000s?": "No"},
}, {
	name:    "ATrailingAsideDeniesNothingAsked",
	why:     `"flown through heavy rain this spring, which … made a trip like they had never seen" says there was rain: the "never" of the aside after the question's last word is not a "no"; "not in Denver" still denies Denver`,
	article: "The Elm Air plane landed safely, not in Denver but in Boise.\n\nThe crew reported that the Elm Air plane had flown through heavy rain this spring, which, combined with the wind, made a trip like they had never seen.\n",
	opens:   map[string]string{"did the plane fly through rain this spring?": "Yes: ", "did the elm air plane land in denver?": "No: "},
}, {
	name:    "ACountInATimeCountsTheNoun",
	why:     `"how many flights a year" counts flights, "a year" being the time they are counted in: the whole range "10 to 15 flights" answers it, not "15 flights a year"`,
	article: "The Elm program flies 10 to 15 flights a year from sites around the world. The road sees 40 car crashes a year.\n",
	want:    map[string]string{"how many flights a year does the elm program fly?": "10 to 15 flights", "how many car crashes a year did the road see": "40 car crashes"},
}, {
	name:    "ARangeKeepsItsBetween",
	why:     `"between 20 and 30 dogs" is a range: without its "between" the line reads as two numbers`,
	article: "The Elm station has between 20 and 30 dogs. The fee is between $20 and $30.\n",
	want:    map[string]string{"how many dogs does the elm station have?": "between 20 and 30 dogs", "how much is the fee?": "between $20 and $30"},
}, {
	name:    "DeniedDenies",
	why:     `"Helms' claims were denied by Cheney" says Cheney did not back them: "denied" denies as "rejected" does`,
	article: "The mayor's claims were denied by the Elm council. The Oak council denied that the bridge was closed.\n",
	opens:   map[string]string{"did the elm council back up the mayor's claims?": "No: ", "did the oak council deny that the bridge was closed?": "Yes: "},
}, {
	name:    "ANumberRestatedAfterACommaIsNoSecondOffer",
	why:     `"killed 12, or 40 percent of the village" says the 12 again as a share: not two numbers offered for one count`,
	article: "The Elm landslide killed 12, or 40 percent of the village's residents.\n",
	want:    map[string]string{"how many people did the elm landslide kill?": "12"},
}, {
	name:    "ADatesNumberBeforeOrIsNoCount",
	why:     `"by Sept. 30 or 800,000 workers will be furloughed": the 30 is a date's, so the count is 800,000 workers alone`,
	article: "The Elm council must act by Sept. 30 or 800,000 workers will be furloughed.\n",
	want:    map[string]string{"how many workers will be furloughed?": "800,000 workers"},
}, {
	name:    "TwoNumbersOfferedAreOneCount",
	why:     `"30 or 40 more oak trees" offers two numbers for one count: the line holds both, not the second alone`,
	article: "Volunteers could plant 30 or 40 more oak trees in the Elm park. The Elm shelter took in two or three dogs a week.\n",
	want:    map[string]string{"how many more oak trees could volunteers plant?": "30 or 40 more oak trees", "how many dogs did the elm shelter take in a week?": "two or three dogs"},
}, {
	name:    "AShortenedNameIsWhatIsAsked",
	why:     `"who won the elmford?" says the "Elmford Stakes" by its own name and asks who won it: not the race itself; "who funds Norvia's balloons?" is still answered by a longer body that only opens with Norvia`,
	article: "The 2002 Elmford Stakes was the 134th running of the Elmford Stakes. The race, known as the \"test of the champion\", was held on June 8, 2002, three weeks after the Tarn Stakes and five weeks after the Ossory Derby.\n\nTrainer Ken Marlow had trained the beaten favorite for the Ossory Derby, Quiet Harbor. However, his entry in the Elmford was the lightly regarded Sarnia, whose only win was the Sir Barton Stakes in May. \"He's a nice horse,\" said Marlow.\n" + "\nThe balloons are funded by the Norvia Headquarters Science Mission Directorate.\n",
	without: map[string]string{"who won the elmford in 2002?": "Stakes"},
	want:    map[string]string{"who funds norvia's balloons?": "Norvia Headquarters Science Mission Directorate"},
}, {
	name:    "TheSecondIsNotTheFirst",
	why:     `"was the Elm Star the first steamer on the lake?" of "She was the second steamer to sail on the lake" is answered No, not Yes from the words they share`,
	article: "The Elm Star was launched in 1815. She was the second steamer to sail on Lake Tarn, after the Vela, which was the first.\n",
	opens:   map[string]string{"was the elm star the first steamer on lake tarn?": "No: "},
}, {
	name:    "WithoutDeniesWith",
	why:     `"rebuilt as a single span without any intermediate support piers" answers "was it rebuilt with the same piers?" No, "was it rebuilt without piers?" Yes`,
	article: "The Elm bridge was rebuilt as a single span without any intermediate support piers. The Tarn ferry sailed without cargo.\n",
	opens:   map[string]string{"was the elm bridge rebuilt with the same piers?": "No: ", "was the elm bridge rebuilt without piers?": "Yes: ", "did the tarn ferry sail with cargo?": "No: "},
}, {
	name:    "TheOtherSideIsNo",
	why:     `"began below sea level" answers "did it start above sea level?" No, and "retired before the election" answers "did he retire after the election?" No: they share every other word`,
	article: "The Elm eruption began below sea level in November. Tom Hale retired before the election.\n",
	opens:   map[string]string{"did the elm eruption start above sea level?": "No: ", "did tom hale retire after the election?": "No: ", "did tom hale retire before the election?": "Yes: "},
}, {
	name:    "ALanguageIsNoPlace",
	why:     `"in Icelandic" names a language: "where is Tarnsey?" is answered by the archipelago it lies in, not "Icelandic"`,
	article: "Tarnsey (\"Tarn's island\" in Icelandic) is a volcanic island located in the Elmholm archipelago off the southern coast of Iceland.\n",
	without: map[string]string{"where is tarnsey?": "Icelandic"},
}, {
	name:    "TwoCompassPointsShareAName",
	why:     `"North and South Carolina" is one name of two states: "where is the plant native?" is not answered "North"`,
	article: "The Elm flytrap is native to North and South Carolina, but it has been introduced to a few other states.\n",
	without: map[string]string{"where has the elm flytrap been introduced?": "North", "where is the elm flytrap native?": "North"},
}, {
	name:    "FromHereToThere",
	why:     `"his career sent him from Kentucky to Korea": "where did it take him?" is answered Korea, "where did he come from?" Kentucky`,
	article: "Tom Hale joined the Army in 1950. His military career eventually sent him from Kentucky to Korea.\n",
	want:    map[string]string{"where did tom hale's military career take him?": "Korea", "where was tom hale sent from?": "Kentucky"},
}, {
	name:    "WhoGotItIsWhoItWasGivenTo",
	why:     `"The Elm Highway Administration awarded the construction contract to Vela Contractors": "who got the contract?" asks for Vela Contractors, whose name says a near word of "contract", and "who awarded it?" for the administration`,
	article: "The Elm Highway Administration awarded the construction contract to Vela Contractors, Inc. of Tarn Falls.\n",
	want:    map[string]string{"who got the construction contract?": "Vela Contractors", "who awarded the construction contract?": "Elm Highway Administration"},
}, {
	name:    "ADateNearTheNameAsked",
	why:     `"the Gold Medal in 1923 and the Tarn Society their Tova Lund Medal in 1924": both years stand as near "Medal", and the Tova Lund Medal's is 1924`,
	article: "Ole Rask led three expeditions to the north. The Royal Society awarded him their Founder's Gold Medal in 1923 and the Tarn Society their Tova Lund Medal in 1924.\n",
	want:    map[string]string{"when did ole rask get the tova lund medal?": "1924", "when did ole rask get the founder's gold medal?": "1923"},
}, {
	name:    "TheClauseAboutTheQuestionSaysYesOrNo",
	why:     `"KDKA radio was able to broadcast without interruption throughout the flood but Pittsburghers were unable to listen … to run their radios": the first clause says most of "did KDKA radio keep broadcasting during the flood?" and says it did; the "unable" of the second, which shares only "radios", and the flood after "without interruption" deny nothing asked`,
	article: "WKTV radio was able to broadcast without interruption throughout the flood but residents were unable to listen because they did not have electricity to run their radios.\n",
	without: map[string]string{"did wktv radio keep broadcasting during the flood?": "No"},
}, {
	name:    "AFigureAskedIsAFigureSaid",
	why:     `"the Tarn River crested above 18 feet" answers "did it crest below 10 feet?" No; "did the Elm River crest at 40 feet?" is no yes of "crested at 46 feet", though every other word is said`,
	article: "Significant flooding also occurred upstream, as the Tarn River also crested above 18 feet. The Elm River crested at 46 feet.\n",
	opens:   map[string]string{"did the tarn river crest below 10 feet?": "No: ", "did the elm river crest at 46 feet?": "Yes: "},
	without: map[string]string{"did the elm river crest at 40 feet?": "Yes"},
}, {
	name:    "WhatYearAsksWhenThoughItSaysASum",
	why:     `"in what year did the park report $1 billion …?" asks for a year: the sum it says is what it asks about, not its answer`,
	article: "In 2022, Elm Park reported an estimated $1 billion in deferred maintenance and repairs.\n",
	want:    map[string]string{"in what year did elm park report $1 billion in deferred maintenance?": "2022"},
}, {
	name:    "APartOfAMonthIsPartOfItsDate",
	why:     `"recovered in the first week of October 2016" says more than "October 2016": the part of the month stays in the line`,
	article: "The second Elm recorder was recovered in the first week of October 2016.\n",
	want:    map[string]string{"when was the second elm recorder recovered?": "the first week of October 2016"},
}, {
	name:    "TwoPeopleWithTheirRolesAreAList",
	why:     `"Physician assistant Tom Hale and nurse Ann Lee were the first to respond": both responded; the "and nurse" between them is no role that makes Hale describe Lee, and the plural "were" makes them one subject`,
	article: "Physician assistant Tom Hale and nurse Ann Lee were the first to respond at the Elm clinic.\n",
	want:    map[string]string{"who responded first?": "Tom Hale and nurse Ann Lee"},
}, {
	name:    "LastedUntilSaysWhenItEnded",
	why:     `"The eruption lasted until 5 June 1967" says when it ended, though it never says "end"; when it began is not asked`,
	article: "The Elm eruption began in November 1963. The eruption lasted until 5 June 1967, when the island reached its maximum size.\n",
	want:    map[string]string{"when did the elm eruption end?": "5 June 1967"},
}, {
	name:    "WhereIsAPlaceTheStorySetsElsewhere",
	why:     `"at Tarnley, Upper Elmvale, a western suburb" says where Tarnley is, and the name after its comma is a place though WordNet knows no "Upper Elmvale" and no word of it says place; a paragraph about "Tarnley station" and "Vela Street" does not say where Tarnley is; "in Norvia, Columbia touched down" makes no place of Columbia`,
	article: "The Tarnley rail disaster occurred on Tuesday 18 January 1977 at Tarnley, Upper Elmvale, a western suburb of Norvale, when a crowded commuter train derailed, running into the supports of a road bridge that collapsed onto two of the train's passenger carriages.\n\nAt 8:10 am it was approaching Tarnley station when it struck the bridge carrying Vela Street.\n\nAfter a stop at Elm Air Base in Norvia, Columbia touched down at the landing strip.\n",
	want:    map[string]string{"where is tarnley?": "Upper Elmvale"},
	without: map[string]string{"where did it stop in norvia?": "Columbia"},
}, {
	name:    "AFirmIsNoThingNamedAfterAPerson",
	why:     `"the Tarn Zinc Company" is a firm, though the story names "Tarn Zinc" alone as well ("the Tarn Zinc strike"): only a name that opens with a person's ("David Wolkowsky Key") is a thing named after someone`,
	article: "The Tarn Zinc strike was a 15-month-long miners' strike in Elm County against the Tarn Zinc Company for its discriminatory pay and housing practices.\n",
	want:    map[string]string{"which company were the miners striking against?": "Tarn Zinc Company"},
}, {
	name:    "InAPersonsNameIsAPlace",
	why:     `"based in Raleigh" names the city, though WordNet knows Walter Raleigh first: after "in" or "near" a one-word name WordNet files as a person is a place`,
	article: "Ann Lee runs the Elm program. The program is based in Raleigh.\n",
	want:    map[string]string{"where is the elm program based?": "Raleigh"},
}, {
	name:    "ARumourSaysNoYes",
	why:     `"caused rumors that the massive 16th Street Bridge had collapsed" does not say it collapsed (the next sentence calls them false): no Yes from it`,
	article: "Receding waters and debris fields caused rumors that the massive Elm Street Bridge had collapsed. Although false, the hysteria spread quickly.\n",
	without: map[string]string{"did the elm street bridge collapse?": "Yes"},
}, {
	name:    "UsedToIsAUseOrAHabit",
	why:     `"Parts of the canal are still used to carry cargo" says it is used now: "is it still used for cargo?" Yes; "the ferry used to stop at Gull Point" says it no longer does`,
	article: "Parts of the Elm Bay canal are still used to carry cargo, but it is now mainly a tourist attraction.\n\nThe Elm Bay ferry used to stop at Gull Point every day.\n",
	opens:   map[string]string{"is the canal still used for cargo?": "Yes: ", "does the ferry still stop at gull point?": "No: "},
}, {
	name:    "NonDeniesTheWord",
	why:     `"a non-venomous predator" says the snake is not venomous: "is it venomous?" is answered No, "is it non-venomous?" Yes; "does it eat venomous snakes?" asks nothing of its being venomous`,
	article: "The Elm Bay racer, a non-venomous predator that can grow to six feet long, is the longest snake of the bay.\n",
	opens:   map[string]string{"is the elm bay racer venomous?": "No: ", "is the elm bay racer non-venomous?": "Yes: "},
	without: map[string]string{"does the elm bay racer eat venomous snakes?": "No: "},
}, {
	name:    "OutOfIsAPartitive",
	why:     `"Two out of 18 horses had to be shot" counts two horses shot, not the 18 there were`,
	article: "The plane carried 18 horses to Elm Bay. Two out of 18 horses had to be shot after the crash, said Tom Hale.\n",
	holds:   map[string]string{"how many horses had to be shot?": "Two"},
}, {
	name:    "ASoldierAndTheirUnit",
	why:     `"Pfc. Osric Lund, 133rd TSC, said the drill was stressful": "Pfc." ends no sentence and marks a person, whose unit "133rd TSC" is no speaker`,
	article: "The drill ran for two weeks at Elm Bay. Pfc. Osric Lund, 133rd TSC, said the drill was stressful at first. He has learned a lot since.\n",
	want:    map[string]string{"who said the drill was stressful at first?": "Osric Lund"},
}, {
	name:    "FromTheCountryOfTheirPeople",
	why:     `"Tom Hale raced Argentine Ann Lee in Elm Bay": Ann Lee is from Argentina, which WordNet ties to "Argentine"; Elm Bay is where they raced. "Sam Lund, 18, of Gull Point" is from Gull Point, asked "where from" or "hometown"`,
	article: "Tom Hale raced Argentine Ann Lee in a ten-lap boat race in Elm Bay on October 7, 1961.\n\nThe judge sentenced Sam Lund, 18, of Gull Point, to a year in jail.\n",
	want:    map[string]string{"where is ann lee from?": "Argentina", "where is lee from?": "Argentina", "whats sam lunds hometown": "Gull Point", "where is sam lund from?": "Gull Point"},
}, {
	name:    "TheFullNameNotItsShortForm",
	why:     `"Led by the 51st Harbor Patrol Squadron (HPS), the drill …" was led by the squadron, named in full, not by "HPS"; "said Ann Lee, 6th Tug Squadron executive officer" is of the 6th Tug Squadron, its number kept for a "which squadron" question`,
	article: "Led by the 51st Harbor Patrol Squadron (HPS), the drill delivered 80 hours of training at Elm Bay. “We loaded the boats,” said Ann Lee, 6th Tug Squadron executive officer and pilot of the lead tug.\n",
	want:    map[string]string{"who led the drill?": "51st Harbor Patrol Squadron", "which squadron is the executive officer from?": "6th Tug Squadron"},
}, {
	name:    "ARankBeforeTheName",
	why:     `"said Chief Warrant Officer 3 Tom Hale, project officer for the drill": his rank is the title before his name, not his job after it, however the question asks it`,
	article: "“The drill went well,” said Chief Warrant Officer 3 Tom Hale, project officer for the drill. Staff Sergeant Ann Lee led the night watch at Elm Bay.\n",
	want:    map[string]string{"what rank is hale?": "Chief Warrant Officer 3", "what is tom hale's rank?": "Chief Warrant Officer 3", "whats ann lee's rank": "Staff Sergeant", "what does tom hale do?": "Tom Hale — project officer for the drill"},
}, {
	name:    "AnExpansionWithCommas",
	why:     `"the Harbour Dredging, Repair and Renewal Act (HDRRA)" stands for all its words, the comma and the "and" inside it, not "Renewal Act"`,
	article: "The council won $2 million through the Harbour Dredging, Repair and Renewal Act (HDRRA) for Elm Bay.\n",
	want:    map[string]string{"what does HDRRA stand for?": "Harbour Dredging, Repair and Renewal Act"},
}, {
	name:    "TwiceIsACountOfTimes",
	why:     `"He had raced twice with Ann Lee, in June 1958 and March 1961" answers "how many times did he race ann lee?": twice`,
	article: "Tom Hale won the Elm Bay cup in 1962. He had raced twice with Ann Lee, in June 1958 and March 1961, losing both.\n",
	want:    map[string]string{"how many times did tom hale race ann lee?": "twice"},
}, {
	name:    "HowTheyDiedSaidOfHim",
	why:     `"He served … until his death on March 6, 1967, as a result of a gunshot wound" tells how Captain Hale, named in the sentences before, died: "he" is his, and "as a result of" says the cause`,
	article: "Captain Tom Hale will receive the harbour medal for his work as a ferry captain near Gull Point on Dec. 1, 1966. Captain Hale and his crew left the dock at Gull Point in a gale and were struck by heavy seas. Captain Hale saved one boat with a rope and two others with flares, which led to a safe return. He served on the ferry between July 18, 1966, until his death on March 6, 1967, as a result of a hostile gunshot wound.\n\nThe harbour was rebuilt in 1970.\n",
	holds:   map[string]string{"how did hale die?": "as a result of a hostile gunshot wound"},
}, {
	name:    "ListBesidesWhatIsAsked",
	why:     `"list the things bought besides the boats" leaves the red boats out of the list it asks for`,
	article: "The final was played in May. Red boats, blue buoys and green flags were bought for the Elm Bay harbour by the council.\n",
	want:    map[string]string{"list the things bought for the harbour besides the boats": "blue buoys and green flags", "list the things bought for the harbour apart from the flags": "Red boats and blue buoys"},
}, {
	name:    "AListItemKeepsItsAbbreviation",
	why:     `"Boats, buoys and U.S. flags were bought": the last item is "U.S. flags", not "S. flags"`,
	article: "The mayor praised the drill. Boats, buoys and U.S. flags were bought for the Elm Bay harbour by the council.\n",
	want:    map[string]string{"list the things bought for the harbour": "Boats, buoys and U.S. flags"},
}, {
	name:    "TheHolderAfterATitle",
	why:     `"Tom Hale told the Harbour Master, A. J. Lund, to shut the gates": the Harbour Master is A. J. Lund, a person though his given names are initials, and not Tom Hale, who told him`,
	article: "In May 1917 the council closed the Elm Bay docks. Tom Hale told the Harbour Master, A. J. Lund, to shut the gates at dawn.\n",
	want:    map[string]string{"who was the harbour master?": "A. J. Lund — Harbour Master", "who did the harbour master's job?": "A. J. Lund"},
}, {
	name:    "WhatNightAsksWhen",
	why:     `"what night did he call the coast guard?" asks when, as "what day" does, and the night: "On the night of February 19", not the "February 18 – 22" of the whole action`,
	article: "Tom Hale held the boat off the rocks from February 18 – 22, 1971. On the night of February 19, he called the coast guard, and the crew was saved.\n",
	want:    map[string]string{"what night did tom hale call the coast guard?": "February 19"},
}, {
	name:    "ACountPhraseReadWhole",
	why:     `"four U.S. Army Soldiers" counts soldiers past the points of "U.S."; "Fifteen total force units" counts units, not totals; "256,000 anglers are estimated to fish for trout" counts no trout; a count ending a quotation ("87 days.”") keeps no full stop`,
	article: "The mayor of Elm Bay will award medals to four U.S. Army Soldiers who served at the harbour. Fifteen total force units including active duty, guard and reserve members will take part in the drill. More than 2,000 anglers are estimated to fish for trout at Elm Bay. “The cleanup took 87 days.” said Tom Hale.\n",
	want:    map[string]string{"how many soldiers will get medals?": "four U.S. Army Soldiers", "how many units will take part?": "Fifteen total force units", "how long did the cleanup take?": "87 days"},
	without: map[string]string{"how many trout are there at elm bay?": "anglers"},
}, {
	name:    "ACountOfTheNounAsked",
	why:     `"how many allies and partners help out the fleet?" counts partners, the noun before the verb "help", not the fleet; "how many days after the storm …" counts days, and is not answered by "five years"; a sentence's first "For" or "At" is no model's name: "For more than two decades" answers "how many years", "At 40 boats" how many boats`,
	article: "The Elm Bay Fleet sails with the help of 35 other allies and partners. The storm hit on Monday. At 40 boats, the dock was full. Two days later Tom Hale was arrested, and in June a court sentenced Tom Hale to five years in prison.\n\nFor more than two decades, Ann Lee ran the harbour school.\n",
	want:    map[string]string{"how many allies and partners help out the fleet?": "35 other allies and partners", "how many boats were at the dock?": "40 boats", "how many years did ann lee run the harbour school?": "more than two decades"},
	without: map[string]string{"how many days after the storm was tom hale arrested?": "five years"},
}, {
	name:    "ParentsAreAFatherAndAMother",
	why:     `"who were his parents?" of a story that names his father and his mother is the story's question, not one it is silent on: it names two kinds of parent`,
	article: "Tom Hale was born in 1890 in Elm Bay. His father was Sam Hale, a fisherman, and his mother was Ruth Hale, a teacher at the harbour school.\n",
	want:    map[string]string{"who were his parents?": ""},
}, {
	name:    "WhichOfASentencesSums",
	why:     `"$800 in the 1960s and up to $3,000 in the early 2000s": the grants of the early 2000s were the $3,000, the sum nearest the question's words, not the sentence's first; in "about $73 for every $1 invested" the $1 is what the $73 is counted against`,
	article: "The Elm Bay art grants were always nominal – $800 in the 1960s and up to $3,000 in the early 2000s.\n\nAnglers at Elm Bay spend about $73 for every $1 invested in the hatchery.\n",
	holds:   map[string]string{"how much were the grants in the early 2000s?": "$3,000", "how much do anglers spend for every dollar invested?": "$73"},
}, {
	name:    "TheNameAfterTheNoun",
	why:     `"an internship at a weekly paper, La Voix d'Elm Bay," says which paper: its name, not "weekly paper"`,
	article: "After leaving school, Tom Hale took an internship at a weekly paper, La Voix d'Elm Bay, where he wrote about the harbour.\n",
	want:    map[string]string{"what paper did tom hale intern at?": "La Voix d'Elm Bay"},
}, {
	name:    "ARoleKeepsItsUnit",
	why:     `"said Capt. Tom Hale, commanding officer, USS Elm Star." gives his role in full, with the ship he commands; ", U.S. Fish and Wildlife Service Office of …" is no unit cut at "U.S"`,
	article: "“The drills went well,” said Capt. Tom Hale, commanding officer, USS Elm Star. “We trained hard,” said Ann Lee, resident agent in charge, U.S. Fish and Wildlife Service Office of Law Enforcement.\n",
	want:    map[string]string{"who is tom hale?": "Tom Hale — commanding officer, USS Elm Star", "who is ann lee?": "Ann Lee — resident agent in charge"},
}, {
	name:    "ANameKeepsItsNumbers",
	why:     `"Led by the 51st Harbor Patrol Squadron" was led by the 51st, not any Harbor Patrol Squadron; "charted by Surveyor 1" by Surveyor 1`,
	article: "Led by the 51st Harbor Patrol Squadron, the drill ran for two weeks at Elm Bay. The reef had been charted by Surveyor 1 earlier in the year.\n",
	want:    map[string]string{"who led the drill?": "51st Harbor Patrol Squadron", "who charted the reef?": "Surveyor 1"},
}, {
	name:    "HowTalIsHowTall",
	why:     `"how tal is the mast?" is typed for "how tall": after "how", a word English lacks one letter from a measure's adjective is that adjective`,
	article: "The new mast at Elm Bay stands about 1,300 feet from the shore. It is 16 feet tall and made of galvanized steel.\n",
	want:    map[string]string{"how tal is the mast?": "16 feet"},
}, {
	name:    "APeoplesAdjectiveIsNoOne",
	why:     `"the first American spacecraft to orbit the Sun" says whose the craft was: "American" answers no "who"`,
	article: "Elm 4 then became the first American spacecraft to orbit the Sun, a feat the Soviet probe Tarn 1 achieved two months earlier.\n",
	without: map[string]string{"who beat elm 4 into orbit around the sun?": "American"},
}, {
	name:    "AQuotedNameStandsForItsShortening",
	why:     `"It was the first 'Tidal Ballast Pump' (TBP)": TBP stands for the three quoted words, the quote marks left out`,
	article: "Ann Lee built her machine in Elm Bay in 1931. It was the first 'Tidal Ballast Pump' (TBP).\n",
	want:    map[string]string{"what does TBP stand for?": "Tidal Ballast Pump"},
}, {
	name:    "AbbreviationsAndNumbersStayInNames",
	why:     `"a biologist with the U.S. Geological Survey" does not end at "U."; "Sea Scout Troop 44" is the troop's whole name`,
	article: "“The marsh flooded,” said Ann Lee, a biologist with the U.S. Geological Survey in Elm Bay. A handful of veterans and Sea Scout Troop 44 raised the flag at Elm Bay on Monday.\n",
	want:    map[string]string{"who is Ann Lee?": "Ann Lee — biologist with the U.S. Geological Survey in Elm Bay", "which scout troop raised the flag?": "Sea Scout Troop 44"},
}, {
	name:    "AManyWordCountry",
	why:     `"which countries still built the boat?" of "still built in Great Britain, Norway and Portugal" names all three: WordNet knows "Britain" as a country, not "Great Britain"`,
	article: "By 1960 the Elm dinghy was still built in Great Britain, Norway and Portugal, and sold in Canada.\n",
	want:    map[string]string{"which countries still built the elm dinghy in 1960?": "Great Britain, Norway and Portugal"},
}, {
	name:    "AtTheAgeOf",
	why:     `"how old was Ann Lee?" is answered by "prior to her passing at the age of 88", the age of the sentence's subject, though the sentence names her far from it and another says more of her`,
	article: "The Harbor Trust will protect Elm Key, Ann Lee’s island, for ever.\n\nAnn Lee arranged to give the island to the Harbor Trust to protect it from development, prior to her passing at the age of 88 in September 2018.\n\n“We’re honored to carry on Ann Lee’s legacy,” stated the Lee family. “Ann Lee loved Elm Key, and Lee wanted it kept wild.”\n",
	want:    map[string]string{"how old was ann lee?": "88"},
}, {
	name:    "APartSaysNothingTwice",
	why:     `"when was Elm Star born and when did she die?" is not answered "5 July 1996 · 5 July 1996": the second part found the first part's date, and "born on 5 July 1996 and died …" dates no death; "died … five months before her seventh birthday" does, by another event, and the second part says so as the question alone does`,
	article: "Elm Star was a mare bred at Gull Point. She was born on 5 July 1996 and died from a lung disease five months before her seventh birthday.\n\nOn 14 February 2003, Elm Star was put to sleep because of her illness.\n",
	want:    map[string]string{"when was elm star born and when did she die?": "5 July 1996 · five months before her seventh birthday", "when did elm star die?": "five months before her seventh birthday"},
}, {
	name:    "ComparedTheOtherWayIsNo",
	why:     `"Was Hale taller than Lee?" of "Lee was two inches taller than Hale" is answered no: the sentence says the comparison the other way round, with every word of the question`,
	article: "At six feet, Ann Lee was two inches taller than Tom Hale when the two rowers met in the final at Elm Bay.\n",
	opens:   map[string]string{"was tom hale taller than ann lee?": "No", "was ann lee taller than tom hale?": "Yes"},
}, {
	name:    "WereDoesIsWhereDoes",
	why:     `"were did the elm star sail to" is typed for "where did …": no question opens "were" with another verb, so it asks where, not yes or no; and where a ferry was heading is not the Dover it sailed from, though Dover stands nearer its name`,
	article: "The ferry Elm Star left Dover at noon to sail to Calais. Heavy fog forced it to turn back an hour later.\n\nThe ferry Sea Lark sailed from Dover at noon, bound for Calais with 300 passengers.\n",
	want:    map[string]string{"were did the elm star sail to": "Calais", "where did the elm star leave from?": "Dover", "where was the Sea Lark heading?": "Calais"},
}, {
	name:    "AHeadingNamesWhatItsSentencesTell",
	why:     `under the heading "Cold River", "The dredging contract was awarded for $900,000" is the Cold River's contract, and "how much was" a contract asks for its money, not the 50,000 cubic yards; "the work began in June and is scheduled to wrap up by October" does not say which is when it is "finished"`,
	article: "Dredging starts on two rivers\n\nThe Corps of Engineers awarded contracts for dredging the Elm River and the Cold River.\n\nElm River\n\nThe dredging contract was awarded for almost $2.4 million. The contractor will remove 80,000 cubic yards of sand from the Elm River channel. The work began in June and is scheduled to wrap up by October.\n\nCold River\n\nThe dredging contract was awarded for $900,000. The contractor will remove 50,000 cubic yards of silt from the Cold River channel.\n",
	holds:   map[string]string{"how much was the Cold River contract?": "$900,000", "how much was the elm river contract?": "$2.4 million"},
	want:    map[string]string{"When is the Elm River work supposed to be finished?": ""},
}, {
	name:    "BornIsNotDied",
	why:     `"Marta Voss (born 3 May 1890 (Kiel), died 9 June 1961 (Riga, Latvia))": where she died is no answer to where she was born, nor her birth to her death; a fiscal year ("FY38") is a time`,
	article: "Marta Voss (born 3 May 1890 (Kiel), died 9 June 1961 (Riga, Latvia)) was a marine biologist. Her last survey boat will be replaced in FY38.\n",
	without: map[string]string{"where was voss born?": "Latvia"},
	holds:   map[string]string{"when did voss die?": "1961", "when will her survey boat be replaced?": "FY38"},
}, {
	name:    "SupposedToSaysAPlan",
	why:     `"which port was the ferry supposed to sail to?" asks of the ferry's port; "supposed", a word the story lacks, only says it was planned, and is no other subject that would make the story silent`,
	article: "The ferry Sea Lark left Elm Bay at noon to sail to the port of Cold Harbor. Heavy fog forced it to turn back an hour later.\n",
	want:    map[string]string{"which port was the ferry supposed to sail to?": "Cold Harbor"},
	opens:   map[string]string{"was the ferry supposed to sail to cold harbor?": "Yes"},
}, {
	name:    "WhoIsTheOneTheArticleIsAbout",
	why:     `"who is Marta Voss?" of an article that opens "Marta Ilse Voss (born 3 May 1890 (Kiel), died 1961) was a German marine biologist" is answered so, not with her son "Karl F. Voss", nor with "the other members of the survey" she wintered with; "what position did Voss hold?" asks the same`,
	article: "Marta Ilse Voss (born 3 May 1890 (Kiel), died 1961) was a German marine biologist. She charted the eel runs of the Baltic.\n\nWith all of the other members of the survey, Voss spent the winter of 1921 in Riga. Her two children, son Karl F. Voss and daughter Anna Voss, became doctors. Along with all of the other members of the crew, Tom Hale waited in Riga.\n",
	want:    map[string]string{"who is Marta Voss?": "Marta Ilse Voss — a German marine biologist", "who was voss": "Marta Ilse Voss — a German marine biologist"},
	holds:   map[string]string{"what position did Voss hold?": "marine biologist", "who is Karl Voss?": "son"},
	without: map[string]string{"who is Karl Voss?": "children", "who is Tom Hale?": "members"},
}, {
	name:    "AListItemOwnsItsWords",
	why:     `in "NASA astronaut Ann Lee, ESA astronaut Tom Hale, and JAXA astronaut Ken Sato" the ESA astronaut is Tom Hale, not the name just before "ESA", and Ken Sato flies for JAXA, not for the agency a sentence names nearest the question's other words`,
	article: "The crew, NASA astronaut Ann Lee, ESA (European Space Agency) astronaut Tom Hale, and JAXA (Japan Aerospace Exploration Agency) astronaut Ken Sato, flew home on Tuesday after six months in space.\n",
	want:    map[string]string{"who was the ESA astronaut?": "Tom Hale", "which agency is Lee with?": "NASA"},
	holds:   map[string]string{"which space agency does Ken Sato fly for?": "JAXA"},
}, {
	name:    "ASentencedPlaceIsTheSentencesOwn",
	why:     `"Ann Lee of Elm Bay, Tom Hale of Gull Point, and the Orca Trading Company, based in Cold Harbor, was fined in Port Vale": the company was fined in Port Vale, though Cold Harbor stands nearer the company's name`,
	article: "Prosecutors Ann Lee of Elm Bay, Tom Hale of Gull Point, and Sam Reyes of Red Rock announced that the Orca Trading Company, based in Cold Harbor, was fined today in Port Vale for selling protected corals.\n",
	want:    map[string]string{"where was the trading company fined?": "Port Vale"},
}, {
	name:    "ARiseIsNotWhereItWent",
	why:     `"how much did profit rise?" asks for the rise, "a 24% rise", not the "€412 million" it rose to, nor the "€332 million" it rose from`,
	article: "Tarvo Logistics reported a 24% rise in second-quarter net profit on Wednesday.\n\nNet profit for the three months to June 30 rose to €412 million from €332 million a year earlier.\n",
	holds:   map[string]string{"by how much did net profit rise?": "24%"},
	without: map[string]string{"how much did net profit rise?": "412"},
}, {
	name:    "ADateRangeIsOneDate",
	why:     `"plans a third season from June to September" is a season from June to September, not September; "the debt crisis between 2010 and 2018" lasted from 2010 to 2018`,
	article: "The divers plan a third season from June to September next year.\n\nPay has not recovered from cuts made during the debt crisis between 2010 and 2018.\n",
	holds:   map[string]string{"when is the next dive season?": "June to September", "when was the debt crisis?": "between 2010 and 2018"},
}, {
	name:    "MostCostlyIsCostliest",
	why:     `"the second most costly storm on record" is no "costliest storm ever", as "second-largest" is no "largest"`,
	article: "Storm Hilde caused an estimated 1.9 billion euros of insured damage, making it the second most costly storm on record in the region, after Storm Eowyn in 2025.\n",
	opens:   map[string]string{"was hilde the costliest storm ever?": "No"},
}, {
	name:    "ABareSecondQuestionAsksOfTheFirst",
	why:     `"Where will the results be presented and when?" asks when of the presenting too, and "how many will the appeal help, and for how long?" how long of the help: both halves are answered`,
	article: "The survey results will be presented at a conference in Kathmandu in September.\n\nThe appeal will help 600,000 people for six months.\n",
	holds:   map[string]string{"Where will the results be presented and when?": "September", "How many people will the appeal help and for how long?": "six months"},
	opens:   map[string]string{"Where will the results be presented and when?": "Kathmandu", "How many people will the appeal help and for how long?": "600,000"},
}, {
	name:    "AVerbInOtherWordsShowsPassages",
	why:     `"who runs Tarvik?" of "Chief executive Lena Dvorak": the story says it with other words than "runs", so the passages are shown with no line, where "The story doesn't say" would be false; "how do I repair railway signals?" speaks of the asker, and is still refused`,
	article: "Tarvik Systems, a maker of railway signals based in Ostrava, will open a second factory in Brno next year. Chief executive Lena Dvorak said the plant would employ 400 people.\n",
	want:    map[string]string{"who runs tarvik?": ""},
	refuses: []string{"how do I repair railway signals?"},
}, {
	name:    "EachCountWithItsOwnVerb",
	why:     `"At least 312 people were injured and 41 were still missing": 312 were injured, 41 are missing, though 41 stands nearer "injured" and counts people too`,
	article: "The storm killed at least 86 people. At least 312 people were injured and 41 were still missing.\n",
	holds:   map[string]string{"how many were injured?": "312", "How many people are still missing?": "41"},
}, {
	name:    "ASumCountsNothingElided",
	why:     `"will have 214 branches and total assets of A$96 billion": the sum is no count of branches, though it follows them as "and 480 at Wassaw" follows "537 nests"`,
	article: "The merged bank, based in Perth, will have about 1.9 million customers, 214 branches and total assets of A$96 billion.\n",
	holds:   map[string]string{"how many branches will it have?": "214"},
}, {
	name:    "ATimeInTwoUnits",
	why:     `"lasted two hours and 41 minutes" is one time, not "two hours"; "flew for 83 hours, 38 minutes" and "take a further 3 hours 20 minutes" too`,
	article: "The final in Elm Park lasted two hours and 41 minutes, the longest of the season.\n\nThe crossing took 83 hours, 38 minutes of flying.\n\nThe line connects at Valga with trains to Riga, which take a further 3 hours 20 minutes.\n",
	holds:   map[string]string{"How long was the final?": "two hours and 41 minutes", "how long did the crossing take?": "83 hours, 38 minutes", "how long do the trains to Riga take?": "3 hours 20 minutes"},
}, {
	name:    "AFieldIsNoPlace",
	why:     `"the Varn Prize in Chemistry was awarded …, the foundation announced": chemistry is a field, and no answer to where the prize was announced`,
	article: "The 2024 Varn Prize in Chemistry has been awarded to the chemist Lena Ostrova for her work on catalysts, the Varn Foundation announced on Wednesday.\n",
	without: map[string]string{"Where was the prize announced?": "Chemistry"},
}, {
	name:    "ANameRightAfterTheAskedVerbsBy",
	why:     `"the batteries were supplied by TRXL" says TRXL supplied them, though nothing says what TRXL is; "Chinese firm Sinotek built the dam, and the turbines were supplied by KDMN" does not make TRXL the builder`,
	article: "The solar plant near the town was finished in May. The panels came from Spain, and the batteries were supplied by TRXL.\n\nThe Tarsa plant was finished in May. It was developed by a group led by Saudi company Alwa Energy. Chinese firm Sinotek built the dam, and the turbines were supplied by KDMN.\n",
	want:    map[string]string{"who supplied the batteries?": "TRXL"},
	without: map[string]string{"who built the dam?": "KDMN"},
}, {
	name:    "APhraseOfCompanyIsNoApposition",
	why:     `"at the museum in Elmford, alongside Minister for Culture and Sport Tom Haddad": the minister stands alongside, Elmford is no person; "where was the library opened?" is Elmford`,
	article: "Minister for Education and Youth Ana Ruiz opened the new library at the Elmford Museum of Science in Elmford, alongside Minister for Culture, Sport and Media Tom Haddad.\n",
	without: map[string]string{"Who is the culture minister?": "Elmford"},
}, {
	name:    "SumsInAnyCurrency",
	why:     `"85 million złoty" and "4.1 US cents" are sums of money as "45 million euros" is, and "how much money did shops lose?" asks a sum though the story never says "money"`,
	article: "The strike cost the port about 85 million złoty in lost revenue.\n\nThe national utility will pay 4.1 US cents per kilowatt-hour for power from the plant.\n\nShops in the old town lost an estimated 12 million euros during the closure.\n",
	want:    map[string]string{"how much did the strike cost the port?": "85 million złoty", "What price will the utility pay for power?": "4.1 US cents", "how much money did shops lose?": "12 million euros"},
}, {
	name:    "WhichNounsWantsAllTheNamesListed",
	why:     `"which countries signed the accord?" wants "Peru, Chile and Bolivia", every one the sentence lists, not the one nearest the question's words`,
	article: "Peru, Chile and Bolivia signed the water accord in Lima on Monday.\n",
	holds:   map[string]string{"which countries signed the accord?": "Peru, Chile and Bolivia"},
}, {
	name:    "APartOfTheWholeCounted",
	why:     `"Only three of the seven divers reached the wreck" counts three divers, not seven; "two of the chapel's four bells were destroyed" two bells`,
	article: "Only three of the seven divers reached the wreck on Monday.\n\nThe fire spread to the tower, and two of the chapel's four bells were destroyed.\n",
	holds:   map[string]string{"how many divers reached the wreck?": "three", "how many bells were destroyed?": "two"},
}, {
	name:    "ANationalityTitlesTheNameAfterIt",
	why:     `"led by Norwegian climber Ingrid Vold" was led by her, not by "Norwegian"; "a consortium led by Saudi company Tamar Power" by the company`,
	article: "A six-member expedition led by Norwegian climber Ingrid Vold reached the summit of Cerro Alto on Friday.\n\nThe solar plant was built by a consortium led by Saudi company Tamar Power.\n",
	want:    map[string]string{"Who led the expedition?": "Ingrid Vold", "who leads the consortium?": "Tamar Power"},
}, {
	name:    "YesOrNoFromWhatASentenceImplies",
	why:     `"No one else was hurt" after two hurt drivers says someone was; "just short of the threshold for a formal discovery" says it is none; "the county's second-largest school" is not its largest; "had the case gone to trial" says it did not go`,
	article: "Two drivers were taken to hospital with minor injuries. No one else was hurt, the fire service said.\n\nThe team said its result had a confidence of 4.1 sigma, just short of the 5-sigma threshold for a formal discovery.\n\nElm Academy, founded in 1902, is the county's second-largest school.\n\nTom Reyes pleaded guilty in May. His partner agreed to testify against him had the case gone to trial.\n",
	opens:   map[string]string{"is it a formal discovery?": "No", "Is Elm Academy the largest school in the county?": "No"},
	without: map[string]string{"was anyone hurt?": "No", "did Tom Reyes go to trial?": "Yes"},
}, {
	name:    "CountsThatAreNoCountOfIt",
	why:     `"1,850 more were damaged" counts homes as "412 homes" did; "the strongest of magnitude 4.7" is no count of tremors, nor "a 59-year-old man" one of people; "six lanes, up from two" and "from 9,100 pupils in 2015 to about 7,400" give what was before, which a question naming no earlier time does not ask`,
	article: "The quake destroyed 312 homes in Varn and 1,650 more were damaged. A 59-year-old man died in Oakfield when a wall fell on him.\n\nThe agency recorded 41 tremors in the first day, the strongest of magnitude 4.3.\n\nThe rebuilt Elm Bridge will have six lanes, up from two. Enrolment in the Varn district fell from 9,100 pupils in 2015 to about 7,400 this year.\n",
	holds:   map[string]string{"how many homes were damaged?": "1,650", "how meny tremers were there": "41", "how many lanes will the bridge have?": "six", "how many pupils does the district have now?": "7,400", "how many pupils did the district have in 2015?": "9,100"},
	without: map[string]string{"how many people died in Oakfield?": "59"},
}, {
	name:    "ADatelineIsWhereTheStoryWasFiled",
	why:     `"HALDEN, March 9 (Wire) - " says where and when the story was filed: the hiker was found on Mount Vell on Saturday, by no one called Halden`,
	article: "HALDEN, March 9 (Wire) - Mountain rescuers found a missing hiker on the slopes of Mount Vell early on Saturday, police said on Sunday.\n\nThe hiker, a 64-year-old teacher, had been missing for three days.\n",
	without: map[string]string{"when was the hiker found?": "March 9", "where was the hiker found?": "HALDEN", "who found the hiker?": "HALDEN"},
	holds:   map[string]string{"when was the hiker found?": "Saturday"},
}, {
	name:    "ANameOpensAClauseAfterAPlace",
	why:     `"a week after leaving Camp Tarrow, Kepler met with Hollis's crew": Kepler (a person to WordNet) opens the clause, he is no apposition making the camp a person, so the camp is no answer to "who did Kepler meet?"`,
	article: "The survey team set up Camp Tarrow on the ridge in March. Tom Hollis led a second crew from the coast.\n\nA week after their departure from Camp Tarrow, Kepler met with Hollis's crew, heading north to the lake.\n",
	holds:   map[string]string{"Who did Kepler meet a week after he left the camp?": "Hollis"},
}, {
	name:    "AnIrregularPastAsksItsDoer",
	why:     `"who found Tam?" asks who did the finding, as "who rescued Tam?" would: the search party "by" names, not the Inuit who helped him before`,
	article: "Tam Okoro was lost in the hills for a week.\n\nWith the help of Inuit, Tam survived along the creek until found on 3 May by Alan Reid's search party.\n",
	want:    map[string]string{"who found Tam in the end?": "Alan Reid"},
}, {
	name:    "ARoleTheStoryNamesNoOne",
	why:     `a story that speaks of "the ferry's captain" and "a deckhand" but names neither, in paragraphs that name no one, doesn't say what the captain's or the deckhand's name was; it does say who the harbour master is ("Harbour master Joan Pike"), and "who was the captain?" may be answered by what it says of him`,
	article: "The ferry's captain radioed for help at 6 a.m. after the engine failed off Elm Point. A deckhand threw a line to the lifeboat.\n\nHarbour master Joan Pike said the ferry was towed in by noon.\n",
	refuses: []string{"what was the deckhand's name?", "What was the name of the captain?"},
	holds:   map[string]string{"who is the harbour master?": "Joan Pike"},
	without: map[string]string{"who was the captain of the ferry?": "doesn't say"},
}, {
	name:    "ARoleNamedLater",
	why:     `"The pilot declined interviews. He was later identified as Ravi Das" names the pilot, as "The contractor, Bramwell Heritage Ltd," names the contractor: no refusal of their names`,
	article: "The test jet landed at Elm Field on Tuesday. The pilot, a former Navy aviator, declined interviews after landing. He was later identified as Ravi Das of Lancaster.\n\nThe hangar will be rebuilt next year. The contractor, Bramwell Heritage Ltd, expects work to begin in the spring.\n\nAn inquiry opened on Friday. The judge warned the public gallery that phones must be switched off. Mr Justice Harlow is expected to hear evidence for two weeks.\n\nThe battalion, commanded by Major Arthur Keene, lost 212 men.\n",
	without: map[string]string{"what was the pilot's name?": "doesn't say", "what is the contractor's name?": "doesn't say", "what is the judge's name?": "doesn't say", "what was the commander's name?": "doesn't say"},
}, {
	name:    "AMeasureAskedOfAPronoun",
	why:     `"how fast was it?" has no word of topic but "fast": it stays one, so the question still finds the jet's cruising speed`,
	article: "The X-9 test jet took off from Elm Field on Tuesday.\n\nIt climbed quickly, then slowed to a cruising speed of 540 knots for the return leg.\n",
	want:    map[string]string{"how fast was it?": "540 knots"},
}, {
	name:    "AClauseBeforeTheQuestion",
	why:     `"When the crew came back to Elm Bay, did they leave a message?" asks yes or no: its opening clause sets a time, it asks none, so "14 May" is no answer; "when the river flooded, did anyone die?" is judged as "did anyone die?"; and "had never stopped hoping" says they hoped`,
	article: "The crew sailed from Elm Bay on 2 May. They came back to Elm Bay on 14 May but left no message for the harbour office.\n\nWhen the Elm River flooded in March, water reached 200 homes in Gull Point. No one died in the flood, but three people were treated for cold.\n\nThe family of a missing fisherman said they had never stopped hoping he would be found.\n",
	opens:   map[string]string{"When the crew came back to Elm Bay, did they leave a message?": "No", "When the river flooded, did anyone die?": "No", "did the family hope he would be found?": "Yes", "did the family stop hoping?": "No", "did the family give up?": "No"},
}, {
	name:    "ADayCountedFromAnother",
	why:     `"The next day, his son took over" follows "retired on March 3, 1921": the line says which day that was; after "Nov. 4", a date it cannot count from, it says "the next day" alone; "two days earlier" and "a week later" count too`,
	article: "The Gull Point keeper retired on March 3, 1921. The next day, his son took over the light.\n\nThe old lamp was removed on Nov. 4. The next day, a new lens arrived from Boston.\n\nThe storm hit Elm Bay on June 10, 2019. Two days earlier, the harbour was closed.\n\nThe ferry sank on July 2, 1954. A week later, divers reached the wreck.\n",
	want:    map[string]string{"when did his son take over the light?": "The next day (March 4, 1921)", "when did the new lens arrive?": "The next day", "when was the harbour closed?": "Two days earlier (June 8, 2019)", "when did divers reach the wreck?": "A week later (July 9, 1954)"},
}, {
	name:    "ARoleOfANamedThing",
	why:     `"the mate of the Sea Lark, a trawler fishing nearby, saw the flare" answers "who saw the flare?" with the mate, not the trawler`,
	article: "At dawn on Monday, the mate of the Sea Lark, a trawler fishing nearby, saw a red flare over Gull Reef. The coast guard sent a lifeboat.\n",
	want:    map[string]string{"who saw the flare?": "the mate of the Sea Lark"},
}, {
	name:    "ADayCountedFromAnAside",
	why:     `a date told aside ("Lee, born May 5, 1950,"; "the lease, which expires on June 30, 2030,"), one of two, or a day without its year is no date a "next day" or "a year later" counts from; "the next year" after a full date is a year`,
	article: "Tom Lee, born May 5, 1950, was arrested at his home in Elm Bay. The next day he was released on bail.\n\nThe harbour lease, which expires on June 30, 2030, was signed in Gull Point. The next day, the fishermen protested.\n\nThe old pier closed on March 1. A year later, a park opened on the site.\n\nThe memorial was proposed on November 11, 1946. The next year, its construction began.\n\nInvestigators (who first raised questions on May 5, 2015) said the dealer had sold other stolen maps. The next day, the dealer's lawyer denied wrongdoing.\n",
	want:    map[string]string{"when was tom lee released on bail?": "The next day", "when did the fishermen protest?": "The next day", "when did the park open?": "A year later", "when did construction of the memorial begin?": "next year (1947)", "when did the dealer's lawyer deny wrongdoing?": "The next day"},
}, {
	name:    "AnAgeSaidNow",
	why:     `"Walter Dunn, now 99," gives his age: "how old is Walter Dunn?" is not refused`,
	article: "Private First Class Walter Dunn, now 99, attended the ceremony at Elm Bay.\n",
	without: map[string]string{"how old is Walter Dunn?": "doesn't say"},
}, {
	name:    "AnAgeOrACategorySaidShort",
	why:     `"her son is six months old" gives an age and "equivalent to a Cat 3 hurricane" a category: neither question is refused`,
	article: "Nurse Ann Lee said her son is six months old.\n\nCyclone Mara, equivalent to a Cat 3 hurricane, flattened homes in Elm Bay on Sunday.\n",
	without: map[string]string{"how old is her son?": "doesn't say", "what category was cyclone mara when it hit elm bay?": "doesn't say"},
}, {
	name:    "AnswerIsAVerbOfTheStory",
	why:     `"did anyone answer the radio?" asks whether anyone answered, which "no one answered" denies: "answer" is the story's verb, not a word about the bot`,
	article: "When its engine failed, the skipper radioed for help, but the signal was weak and no one answered.\n",
	opens:   map[string]string{"did anyone answer the radio?": "No"},
}, {
	name:    "UnitsOfWeightAndSpeed",
	why:     `every unit of weight and speed the engine knows is a unit of a measure: "75 km/h" answers how fast the train was going, "about 40 tonnes" how much the wagons were loaded with`,
	article: "Investigators said the freight train was travelling at 75 km/h on a section limited to 50 km/h.\n\nFourteen of the train's 22 wagons left the tracks. Each wagon was loaded with about 40 tonnes of logs.\n",
	holds:   map[string]string{"how fast was the train going?": "75 km/h", "how much were the wagons loaded with?": "40 tonnes"},
}, {
	name:    "ASpeedNotADistance",
	why:     `"how fast was the shot?" is answered by its speed, not the "25 yards" it was struck from; "how fast did the fire spread?" by a time, not a distance`,
	article: "Tariq Bell struck a shot from 25 yards that was clocked at 70 mph.\n\nThe fire spread 3 miles in two hours.\n",
	want:    map[string]string{"how fast was the shot?": "70 mph"},
	without: map[string]string{"how fast did the fire spread?": "miles"},
}, {
	name:    "AGradeTheStoryNeverGives",
	why:     `a story that gives no category, magnitude or scale anywhere doesn't say what category the storm was; one that calls it "a Category 3 hurricane" is not refused`,
	article: "Storm Elda hit Elm Bay on Tuesday night, flooding 40 homes. The storm weakened as it moved inland.\n",
	refuses: []string{"what category was the storm when it hit elm bay?"},
}, {
	name:    "AGradeTheStoryGives",
	why:     `"Storm Elda hit Elm Bay as a Category 3 hurricane" says what category the storm was`,
	article: "Storm Elda hit Elm Bay as a Category 3 hurricane on Tuesday night, flooding 40 homes.\n",
	without: map[string]string{"what category was the storm when it hit elm bay?": "doesn't say"},
}, {
	name:    "AMeasureTheStoryNeverGives",
	why:     `a story that gives no speed, weight, height or age anywhere doesn't say how fast the glider flew, what it weighed, how high it climbed or how old its pilot was; "how fast did the crowd gather?" asks how soon, and is not refused`,
	article: "The Tarn Glider made its first flight over Elm Bay on Saturday, piloted by Ruth Amos. The crowd gathered within minutes of the announcement.\n\nThe glider was built by students at Elm Bay College over three years.\n",
	refuses: []string{"how fast did the tarn glider fly?", "how much did the glider weigh?", "how high did the glider climb?", "how old is Ruth Amos?", "what was the glider's top speed?", "at what altitude did the glider fly?"},
	without: map[string]string{"how fast did the crowd gather?": "doesn't say"},
}, {
	name:    "AMeasureTheStoryGives",
	why:     `where the story gives a measure it is the answer, and only a measure of the kind asked: "how heavy was the glider?" is not answered by "40 mph", nor "how fast was the glider?" refused for want of the word "fast"`,
	article: "The Tarn Glider flew over Elm Bay at 40 mph on Saturday, piloted by Ruth Amos, 52, a pilot for 30 years. Its 600-pound hull was built by students at Elm Bay College.\n",
	want:    map[string]string{"how fast was the glider?": "40 mph", "how old is Ruth Amos?": "52"},
	holds:   map[string]string{"how heavy is the hull?": "600"},
	without: map[string]string{"how heavy was the glider?": "mph"},
}, {
	name:    "WhenSaidWithoutADate",
	why:     `"Elm Bay scored the equalizer two minutes after half-time" says when, without a date: "The story doesn't say when" would be false`,
	article: "Gull Point took the lead early through their captain. Elm Bay scored the equalizer two minutes after half-time when a defender headed in a corner.\n\nThe match was watched by 4,000 fans.\n",
	without: map[string]string{"when did elm bay score the equalizer?": "doesn't say"},
}, {
	name:    "NotRefusedAtTheEdgeOfTopic",
	why:     `"how many houses did the debris bury in the end" is about the story (most of its weight is the story's words): "The story doesn't say" would be false`,
	article: "More than a million tons of debris covered the western edge of Elm Gap village, destroying a school and 20 houses.\n\nThe slide began after a week of heavy rain on the hill above the village.\n",
	without: map[string]string{"how many houses did the debris bury in the end": "doesn't say"},
}, {
	name:    "WhichFirmAsksForAnOrganisation",
	why:     `"which firm makes the engines?" asks for an organisation, like "which agency": not "German firm" from "made by the German firm Tarnwerk Power Systems"`,
	article: "The program has been delayed by 18 months, partly because of problems with the ships' engines, which are made by the German firm Tarnwerk Power Systems.\n\nThe navy expects the first ship in 2027.\n",
	without: map[string]string{"Which firm makes the engines?": "German firm"},
}, {
	name:    "PlaceBeforeItsVerb",
	why:     `"Magistrates in Elmford heard that a pump at the Tarnby sewage plant failed" answers "where did the pump fail?" with Tarnby: a name before a verb modifies no noun of the question, and "at the Tarnby …" places as "at Tarnby" does`,
	article: "Magistrates in Elmford heard that a pump at the Tarnby sewage plant failed in May 2022.\n\nThe water company was fined £40,000.\n",
	want:    map[string]string{"Where did the pump fail?": "Tarnby"},
}, {
	name:    "ReplacedOrYetToHappen",
	why:     `"do the buses run on diesel?" is answered no by "buses that run on hydrogen instead of diesel"; "has the ferry service started yet?" is not answered yes by "The ferry service will start in April"`,
	article: "Elm Bay bought ten buses that run on hydrogen instead of diesel.\n\nThe ferry service will start in April once the new pier is finished.\n",
	opens:   map[string]string{"do the elm bay buses run on diesel?": "No: "},
	without: map[string]string{"has the ferry service started yet?": "Yes"},
}, {
	name:    "PriceInANameAsksNoPrice",
	why:     `"what is the Campaign for Fair Fuel Prices?" asks what the group is, not a price: a money word inside a name is no cue`,
	article: "The Campaign for Fair Fuel Prices called the new tax too high. It said drivers in Elm Bay paid $2.1 billion in fuel tax last year.\n",
	without: map[string]string{"what is the Campaign for Fair Fuel Prices?": "billion"},
}, {
	name:    "YesNeedsTheAskedPlaceAndDoer",
	why:     `"Was the ferry built in Norway?" is not answered yes by "built by the Dutch firm Damen" in a paragraph naming Norway elsewhere; "Was the survey led by Ann Lee?" not by "The survey was led by Tom Hale, with help from Ann Lee"; a co-leader joined by "and" is a doer too`,
	article: "The new ferry will sail between Elm Bay and Norway from June. The ferry was built by the Dutch firm Damen and seats 300.\n\nThe survey of the harbour was led by Tom Hale, with help from Ann Lee and two divers.\n\nThe harbour dig was led by Ben Ruiz, the museum's curator, and Dr. Sara Okon of the Elm Bay Institute.\n",
	opens:   map[string]string{"Was the harbour dig led by Sara Okon?": "Yes: "},
	without: map[string]string{"Was the ferry built in Norway?": "Yes", "Was the survey of the harbour led by Ann Lee?": "Yes"},
}, {
	name:    "ListAfterItsVerb",
	why:     `"Last year the board closed Birch Hill Elementary and Dunmore Middle School" lists the schools, not "board closed Birch Hill Elementary"`,
	article: "The Elm Bay district serves 9,000 pupils.\n\nLast year the board closed Birch Hill Elementary and Dunmore Middle School.\n",
	want:    map[string]string{"Which schools did the board close last year?": "Birch Hill Elementary and Dunmore Middle School"},
}, {
	name:    "DateRightAfterItsVerb",
	why:     `"will build a pier by 2030 under a plan unveiled on Tuesday" answers "when was the plan unveiled?" with Tuesday, the date right after "unveiled", not 2030`,
	article: "Elm Bay will build a new pier by 2030 under a plan unveiled on Tuesday by Mayor Ann Lee, who said the old one was unsafe.\n\nThe plan also widens the harbour road.\n",
	want:    map[string]string{"When was the plan unveiled?": "Tuesday"},
}, {
	name:    "PronounGoesOnAboutTheSubjectBefore",
	why:     `"The strike began on May 3, 1921. It lasted five weeks and ended on June 9" answers "when did the strike end?" with June 9: "It" is the strike of the sentence before`,
	article: "The strike at the Elm Bay mill began on May 3, 1921, when 400 weavers walked out. It lasted five weeks and ended on June 9 with a pay rise.\n\nThe mill closed in 1970.\n",
	want:    map[string]string{"when did the strike end?": "June 9"},
}, {
	name:    "ShortTitlesAndGivenNamesThatAreWords",
	why:     `"led by Dr. Ana Ruiz of the Elm Bay Institute" answers "who led the survey?" with Ana Ruiz, not the institute; "Lieutenant General Victor Hale" is a person though "victor" is a word too`,
	article: "Rangers counted 400 nests at Gull Point in May.\n\nThe survey was led by Dr. Ana Ruiz of the Elm Bay Institute.\n\nThe review of the harbour was led by Lieutenant General Victor Hale.\n",
	want:    map[string]string{"who led the survey?": "Ana Ruiz", "who led the review of the harbour?": "Victor Hale"},
}, {
	name:    "CountRunsToTheNextCount",
	why:     `in "31 people were hurt and 12 houses fell" the houses are 12's, not "31 people were hurt and 12 houses"; "more than 400 gulls of nine species" answers "how many gull species" with the species; a part ("4 of 5 boats") stays one count, and a name's number ("five Type 31 frigates") is no count`,
	article: "The mayor said 31 people were hurt and 12 houses fell in the storm at Elm Bay.\n\nVolunteers ringed more than 400 gulls of nine species on the cliffs at Gull Point. Crews said 4 of 5 boats stayed in the harbour.\n\nThe navy ordered five Type 31 frigates from the Elm Bay yard.\n",
	want: map[string]string{
		"how many houses fell in the storm?":                  "12 houses",
		"how many gull species did volunteers ring?":          "nine species",
		"how many boats stayed in the harbour at gull point?": "4 of 5 boats",
		"how many frigates did the navy order?":               "five Type 31 frigates",
	},
}, {
	name:    "AgeIsNoNearWordOfOld",
	why:     `"how old is the teacher?" is answered by "Teacher Ann Lee, 34", not drawn to another's "at the age of six": a noun that also names a period of time ("age", "the age of television") is no near word of the adjective it measures`,
	article: "The one-room school in the valley village of Elm Gap marked its 150th year on Saturday.\n\nThe oldest former pupil there was Rosa Dunn, who is 97. She began school at the age of six in 1933 and later taught there for 30 years.\n\nTeacher Ann Lee, 34, has run the school since 2016.\n",
	want:    map[string]string{"how old is the teacher": "34"},
}, {
	name:    "OrganisationForSomething",
	why:     `"by the Center for Coastal Data Studies at the State Marine Laboratory" names the Center as the doer: "Center for …" is an organisation's name as "Department of …" is`,
	article: "The Tide Watch system warns towns of floods.\n\nTide Watch, which was built and is run by the Center for Coastal Data Studies at the State Marine Laboratory in Elm Bay, sends alerts every hour.\n",
	want:    map[string]string{"who built and runs tide watch?": "Center for Coastal Data Studies"},
}, {
	name:    "DerivedFormOfAnotherSense",
	why:     `"does the museum work with any partners?" is not refused beside "formed a partnership": WordNet derives "partnership" from a sense of "partner" other than its first`,
	article: "The Elm Bay museum formed a partnership with two schools in 2019.\n\nThe Elm Bay museum opened a new wing in 2021 and hired a new director.\n",
	without: map[string]string{"does the elm bay museum work with any partners?": "doesn't say"},
}, {
	name:    "WhatTheAskedAdjectivePertainsTo",
	why:     `"how long was it in lunar orbit?" is answered by "photographed the Moon from orbit for three weeks": WordNet's "lunar" pertains to "moon"`,
	article: "The probe photographed the Moon from orbit for three weeks.\n\nThe probe team met in Elm Bay in 1990 to plan the next trip to Mars.\n",
	want:    map[string]string{"how long did the probe spend in lunar orbit?": "three weeks"},
}, {
	name:    "HeadOfTheAskedAdjective",
	why:     `"was there a huge crowd?" is answered yes by "a large crowd": WordNet's "huge" is like "large"`,
	article: "A large crowd gathered at Elm Bay on Sunday to watch the boats.\n\nThe mayor spoke at the harbour about the new ferry schedule.\n",
	opens:   map[string]string{"was there a huge crowd at elm bay?": "Yes: "},
}, {
	name:    "AttributeOfTheAskedAdjective",
	why:     `"how deep is the lake?" is answered by its depth, not refused: WordNet links "deep" to "depth", "tall" to "height"`,
	article: "Mirror Lake in Idaho draws many visitors, and the lake is known for its green water.\n\nDivers measured a depth of 94 meters in Mirror Lake in 2000.\n",
	want:    map[string]string{"how deep is mirror lake?": "94 meters"},
}, {
	name:    "DerivedFormOfTheAskedVerb",
	why:     `"when did Hale die?" is answered by "his death in 1902": WordNet links "die" to "death"`,
	article: "Tom Hale built the lighthouse at Gull Point in 1871.\n\nHale kept its lamp until his death in 1902, when his daughter took over.\n",
	want:    map[string]string{"what year did tom hale die?": "1902"},
}, {
	name:    "AsReviewedAThirdTime",
	why:     `a third reviewer's cases: "Baker County or Lake County" and "Kansas City or Denver" are no one-word choices ("Baker County" is the two-word one the story names), and "was the air conditioning broken or working?" is no yes-or-no; "did they find coins or jewelry?" is not answered "Jewelry" because a sentence opens with it; "Russian officials condemned" answers "which officials"; "Wednesday Landry toured" is no "Wednesday Landry"`,
	article: "Governor Anita Reyes declared a state of emergency for Baker County on Friday. A group of senators worked with broken air conditioning.\n\nJewelry, pottery and a bronze statue were found, and coins too.\n\nRussian officials condemned the attack. She practiced in the lake three days a week.\n\nThe storm hit Lake Charles on Monday. Wednesday Landry toured Lake Charles by helicopter.\n",
	holds:   map[string]string{"Which officials condemned the attack?": "Russian officials", "Is the emergency in Baker County or Lake County?": "Baker County:"},
	without: map[string]string{"Was the air conditioning broken or working?": "Yes", "Did they find coins or jewelry?": "Jewelry:", "Who toured Lake Charles?": "Wednesday"},
}, {
	name:    "ListThatRestatesTheQuestion",
	why:     `"What kinds of clams did the biologists relocate?" is not answered by "biologists gathered clams", the question's own words`,
	article: "Before the old weir came down, crews of biologists gathered clams from the gravel below it and carried them upriver. In all, 860 rare fan clams were gathered.\n",
	without: map[string]string{"What kinds of clams did the biologists relocate?": "biologists gathered"},
}, {
	name:    "AsReviewedAgain",
	why:     `a second reviewer's cases: an article that says "in charge of" is not refused "who is in charge of …"; "No one in the office defended the lab's work, but Brandt himself still maintained …" still denies that Brandt defended it; "a crew of 20 smokejumpers" and "a school of 500 sardines" count no people, "a crowd of 5,000 watched" does; "which river" is not the "Mississippi River Commission"; "accused by his opponent, veteran grandmaster Sergei Volkov" names Volkov`,
	article: "Laurie Leshin, the lab's director, is in charge of the mission.\n\nNo one in the prosecutor's office defended the lab's work, but Brandt himself still maintained that Pike was guilty.\n\nA crew of 20 smokejumpers fought the blaze. A crowd of 5,000 watched the ceremony. A school of 500 sardines was filmed by divers.\n\nThe Mississippi River Commission said the river would crest at Baton Rouge on Friday.\n\nRao had been accused by his opponent, veteran grandmaster Sergei Volkov, after losing to him in the final round.\n",
	want:    map[string]string{"Which river will crest at Baton Rouge?": "Mississippi River", "Who accused Rao?": "Sergei Volkov"},
	holds:   map[string]string{"how many people watched the ceremony": "5,000"},
	opens:   map[string]string{"Did Brandt defend the lab's work?": "No: "},
	without: map[string]string{"How many people filmed the sardines?": "500", "how many people fought the blaze?": "crew of", "Who is in charge of the mission?": "doesn't say"},
}, {
	name:    "OneOfTwoNamed",
	why:     `"is Harrow Point in Ohio or Michigan?" is about the story though it never says Michigan, and the one it names answers; "did they find turtles or eggs?" still asks yes or no, and "was it electric or diesel?" which`,
	article: "Sand from the channel will be placed at the Harrow Point disposal site on the shore of Lake Erie in Ohio.\n\nVolunteers found turtles on the beach.\n\nThe freight train was hauled by electric locomotive 318.\n",
	opens:   map[string]string{"is harrow point in ohio or michigan": "Ohio: ", "did the volunteers find turtles or eggs on the beach?": "Yes: ", "was the locomotive electric or diesel?": "electric: "},
}, {
	name:    "NeitherAdjectiveNorTheAskedTitle",
	why:     `"raided Iraqi citizens" names "Iraqi citizens", no one called Iraqi; "which people tried to get the governor to call off the executions?" is not answered by "Nevada Governor Ruth Kemble", the governor it names`,
	article: "Appeals from the envoy Karl Vogt and the lawmaker Anna Roth did not move Nevada Governor Ruth Kemble, who let the executions go ahead.\n\nIn March armed fighters raided Iraqi citizens in the market town.\n",
	want:    map[string]string{"Who did the armed fighters raid?": "Iraqi citizens"},
	without: map[string]string{"Which people tried to get the governor to call off the executions?": "Hull"},
}, {

	name:    "NamesOpeningWithADay",
	why:     `"Friday Lark" is a horse's name, whole, though "Friday" alone is a day; "On Friday Mayor Ann Lee spoke" still dates the speech`,
	article: "The bettors' choice was Friday Lark, who had won in June.\n\nThe two leaders were well clear of Friday Lark in third.\n\nOn Friday Mayor Ann Lee spoke at the track.\n",
	want:    map[string]string{"who came in third?": "Friday Lark", "who spoke at the track?": "Ann Lee"},
	without: map[string]string{"who spoke at the track?": "Sunday"},
}, {
	name:    "DateOfTheEvent",
	why:     `"The commission adjourned on 9 March 1988 to weigh its findings, issuing its report on 14 June": the report was issued on 14 June, though 9 March stands nearer "commission"`,
	article: "The commission heard witnesses for 40 days.\n\nThe commission adjourned on 9 March 1988 to weigh its findings, issuing its report on 14 June.\n",
	want:    map[string]string{"when was the commission's report issued?": "14 June", "when did the commission adjourn?": "9 March 1988"},
}, {
	name:    "AcronymOfAPhrase",
	why:     `a reader shortens what the article writes out: "how did the crew use ROVs?" asks about "remotely operated vehicles", which the story does say; "ROVs" is the acronym "ROV" in the plural, not a word "rovs" cut by the stemmer`,
	article: "The salvage crew sent remotely operated vehicles down to the wreck to film its hull.\n\nDivers climbed an old wooden ladder to the deck.\n",
	without: map[string]string{"How did the salvage crew use ROVs at the wreck?": "doesn't say"},
}, {
	name:    "DoersFiguresAndRolesAsReviewed",
	why:     `a reviewer's cases: "The person who recovered the late fumble, linebacker Dan Ruiz, …" names who recovered it; "her 24th Grand Slam title" tells how many; "Once a 90-bed hospital, Grace now has 340 beds" gives the 340 as now; "Frank Moretti's family owns 60 percent" names no other owner; "He is a lot more confident" and "She is a teacher … who nominated him" say nothing of who he is`,
	article: "The person who recovered the late fumble, linebacker Dan Ruiz, was named the most valuable player. \n\nSerena Williams won her 24th Grand Slam title on Saturday.\n\nOnce a 90-bed community hospital, Grace now has 340 beds.\n\nHarvest founder Frank Moretti's family owns 60 percent of the company, and chairman Paul Greene owns 10 percent.\n\nSecond place went to Tom Becker. He is a lot more confident now, he said. One of the recipients was Kevin Walsh. She is a teacher at Saunders High School who nominated him.\n",
	want:    map[string]string{"who recovered the fumble?": "Dan Ruiz", "how many beds does Grace have now?": "340 beds"},
	holds:   map[string]string{"how many Grand Slam titles has Serena Williams won?": "24th", "who owns 60 percent of the company?": "Frank Moretti"},
	without: map[string]string{"who is Tom Becker?": "confident", "who is Kevin Walsh?": "teacher"},
}, {
	name:    "DoerByAndOthersDenied",
	why:     `"Dr. Varga was probably deceived by his research student" tells who deceived him, though no name is given, before any name elsewhere in the paragraph; "no one outside of Graz trusted the cold-fusion cell, but Varga himself … still confident … in 1998" does not deny that Varga trusted it`,
	article: "Inspector Paul Hart examined the lab in Graz in 1991. Investigators concluded that Dr. Varga was probably deceived by his research student, who recorded every reading.\n\nBy 1993, no one outside of Graz trusted the cold-fusion cell, but Varga himself was said to be still confident of its promise in 1998.\n",
	want:    map[string]string{"who deceived varga?": "his research student"},
	opens:   map[string]string{"Did Varga still trust the cold-fusion cell in 1998?": "Yes: "},
}, {

	name:    "InChargeOf",
	why:     `"who's in charge of the new refuge?" asks who oversees or manages it: "Mia Holt, who manages Elm River refuge, will also oversee the new refuge"`,
	article: "The state added 260 acres to create the new Pike Creek refuge.\n\nMia Holt, who manages Elm River refuge in Ohio, will also oversee the new refuge.\n",
	holds:   map[string]string{"ngl who's actually in charge of this new refuge": "Mia Holt", "who is in charge of the new refuge?": "Mia Holt"},
}, {
	name:    "GroupOfPeopleCounts",
	why:     `"A crowd of 48,310 packed the grandstand" says how many people packed it; "a fleet of 40" counts no people`,
	article: "A crowd of 48,310 packed the grandstand for the regatta at Elm Park.\n\nA fleet of 40 boats stood offshore.\n",
	holds:   map[string]string{"how many people packed the grandstand": "48,310"},
	without: map[string]string{"how many people stood offshore": "40"},
}, {
	name:    "DoerNotObject",
	why:     `"who briefed the mayor?" asks who did the briefing: "Col. Nora J. Pike, deputy commander for 4th BCT, briefed Dunmore" names Pike, not Dunmore (whom she briefed) nor the BCT (what she commands); "Biologists in the Elm Fisheries Council reviewed …" still names the council, and "said lead author Zachary Marsh" has no "led" before him`,
	article: "Mayor Eric Dunmore toured the camp on Monday.\n\nCol. Nora J. Pike, deputy commander for 4th BCT, briefed Dunmore on the plan.\n\nCapt. Leo Farrant showed Dunmore the repair yard.\n\nBiologists in the Elm Fisheries Council reviewed the five species.\n\n“The changes were modest,” said lead author Zachary Marsh of the new study.\n",
	want:    map[string]string{"Who briefed the mayor on the plan?": "Nora J. Pike", "who showed the mayor the repair yard?": "Leo Farrant", "who reviewed the species?": "Elm Fisheries Council", "who led the new study?": "Zachary Marsh"},
}, {
	name:    "FiguresOfNow",
	why:     `"how big is the refuge now?" is answered neither by the acres it had "before the acquisition" nor by those the Service "plans to expand" it to`,
	article: "The county bought 212 acres of prairie near Elm Bay.\n\nBefore the purchase, the preserve covered 30 acres. Now that the deal is done, the preserve spans 242 acres.\n\nThe county paid with money from the Elm Fund. The county plans to grow the preserve to about 5,000 acres.\n",
	want:    map[string]string{"how big is the preserve now?": "242 acres"},
}, {
	name:    "GivenNamesAndVerbRoles",
	why:     `"Red Comet, trained by Bob Lund and ridden by Victor Ortiz": a name that opens with a given name is a person's, though nothing else says so; and "Trainer Kenneth Pryce had trained last year's runner-up, Blue Moss" tells whom Pryce trained, not that he trained Red Comet, the horse the paragraph before is about`,
	article: "Red Comet, trained by Bob Lund and ridden by Victor Ortiz, was the favorite. Red Comet had won the Ohio Derby.\n\nTrainer Kenneth Pryce had trained last year's runner-up in the Ohio Derby, Blue Moss. His entry this time was Tamsin.\n",
	want:    map[string]string{"who trained red comet": "Bob Lund", "who rode red comet": "Victor Ortiz", "who trained tamsin": "Trainer Kenneth Pryce"},
}, {
	name:    "DayNotClock",
	why:     `"On May 3, 1971, at 9:30 a.m. CST, the Vega 1 rocket was launched" is one sentence, and "what date did Vega 1 launch?" asks for the day, not "9:30 a.m."`,
	article: "The Vega 1 rocket reached the range on Jan. 12.\n\nOn May 3, 1971, at 9:30 a.m. CST, the Vega 1 rocket was launched from Pad 4.\n",
	want:    map[string]string{"What date did Vega 1 launch?": "May 3, 1971", "what time was vega 1 launched": "9:30 a.m."},
}, {
	name:    "HeIsANextSentence",
	why:     `"… among them Anthony Russo.\n\nHe's a heavy-equipment operator who runs …" says who Russo is, and "what does Anthony Russo do for work?" asks it; a name that does not end its sentence is not the "he" after it`,
	article: "The county has sent 12 road crews to Bay City, among them Anthony Russo.\n\nHe's a heavy-equipment operator who runs the snowplow fleet at Fort Hale.\n\nMaya Ortiz met the crews on Monday. He is a welder from Dover.\n",
	want:    map[string]string{"who is anthony russo": "Anthony Russo — a heavy-equipment operator who runs the snowplow fleet at Fort Hale", "What does Anthony Russo do for work?": "Anthony Russo — a heavy-equipment operator who runs the snowplow fleet at Fort Hale"},
	without: map[string]string{"who is maya ortiz": "welder"},
}, {
	name:    "HowLongItLasts",
	why:     `"how long do the beetles live?" asks for a time ("a six- to eight-month-long lifespan"), not a length ("three millimeters"), which "how long is a beetle?" still gets`,
	article: "A grown leaf beetle measures three millimeters in length at most. Over a six-to eight-month-long lifespan, one leaf beetle eats very little.\n\nThe cleanup took four weeks along a 12-mile stretch.\n",
	want:    map[string]string{"how long is a leaf beetle": "three millimeters", "how long do the leaf beetles live": "six-to eight-month-long", "how long did the cleanup take": "four weeks"},
}, {
	name:    "OrdinalsAndYearlessDates",
	why:     `"the 4th Infantry Division barracks, building 1184" counts no barracks: an ordinal is no count, nor the label after it; and "what year" is not answered by "Nov. 9" with no year`,
	article: "Officials cut the ribbon on Nov. 9 outside the new 4th Infantry Division barracks, building 1184, at Camp Elm.\n\nThe program rebuilds 21 barracks.\n",
	want:    map[string]string{"how many barracks does the program rebuild": "21 barracks"},
	without: map[string]string{"how many barracks were finished before this one": "1184", "how many infantry division barracks are there": "4th", "what year was the ribbon cut": "Nov"},
}, {
	name:    "SpeakerIsNoDoer",
	why:     `"State trooper Cole Winters said the pickup ran a red light" tells who said it, not who ran the light; "…, said Jon Ambrose, head of the section" still tells who heads it, and "Nina Castell said she swam 50 yards" who swam`,
	article: "An SUV and a pickup collided on Route 9 near Dover on Friday, injuring two people.\n\nState trooper Cole Winters, a Dover native, said the pickup ran a red light.\n\n\"The birds are back,\" said Jon Ambrose, head of the Nongame Conservation Section.\n\nLifeguard Nina Castell said she swam 50 yards to reach the boy.\n",
	want:    map[string]string{"who said the pickup ran a red light": "Cole Winters", "Who heads the Nongame Conservation Section?": "Jon Ambrose", "who swam 50 yards": "Nina Castell"},
	without: map[string]string{"who ran the red light": "Winters", "who swam 50 yards": "doesn't say"},
}, {
	name:    "WhatDoesSomeoneDo",
	why:     `"what does Bea Lindgren do?" and "what is Bea Lindgren's job?" ask who she is, as "who is Bea Lindgren?" does, however the name is typed; "what does the group do?" names no one the article names`,
	article: "About 60 volunteers picked up trash in Riverside Park on Saturday.\n\nOrganizer Bea Lindgren, of Ashford, said the group filled 90 bags.\n",
	want:    map[string]string{"what does Bea Lindgren do": "Bea Lindgren — Organizer", "What is Bea Lindgren's job?": "Bea Lindgren — Organizer", "what does bea lindgren do": "Bea Lindgren — Organizer"},
	without: map[string]string{"what does the group do?": "Organizer", "what did Bea Lindgren do": "Organizer"},
}, {
	name:    "HometownBesideTheName",
	why:     `news says where someone is from beside the name ("Rafael Ortega, 19, of Coral Springs", "Greaves, 17, of Westbrook"), and "where is Ortega from?" is not answered by where the hearing was; an employer is no hometown ("Dr. Sam Patel, of Mercy Hospital"), nor is a relative's ("Carlos Lopez, 52, of Dover" for Maria or Tobias Lopez)`,
	article: "Rafael Ortega, 19, of Coral Springs, and Dana Whitlow, 24, of Hialeah, pleaded guilty in Marathon.\n\nCoach Irene Mwangi said striker Paulo Greaves scored twice. Greaves, 17, of Westbrook, was named player of the match.\n\nRancher Beth Carrow, 66, of Sutter Ridge, said she moved her horses. Dr. Sam Patel, of Mercy Hospital, treated two riders.\n\nMaria Lopez runs the shelter. Her brother Carlos Lopez, 52, of Dover, and his son Tobias Lopez helped.\n",
	want:    map[string]string{"where is ortega from": "Coral Springs", "where does whitlow live": "Hialeah", "where did they plead guilty": "Marathon", "where is paulo greaves from": "Westbrook", "where is beth carrow from": "Sutter Ridge"},
	without: map[string]string{"where is sam patel from": "Mercy Hospital", "where is maria lopez from": "Dover", "where does tobias lopez live": "Dover"},
}, {
	name:    "WhenByAClause",
	why:     `a "when" the story tells by a clause, not a date: "until further notice" (for "until when"), "Once complete, …"; an adverb "once" ("once was listed", "Once again, …") is no such clause, nor a "while" of contrast, nor an "until" about something else`,
	article: "The Elm was ordered to deploy and remain submerged and undetected until further notice.\n\nOnce complete, the old bridge will be removed. Once again, the library lost funding.\n\nThe lizard once was listed on the federal Endangered Species Act.\n\nThe parks department gained two staff positions, while the police department lost one. The lake was closed to boats until the swimmer reached shore.\n",
	want: map[string]string{
		"Until when was the Elm supposed to stay submerged?": "until further notice",
		"When will the old bridge be removed?":               "Once complete",
	},
	without: map[string]string{"When was the lizard taken off the endangered list?": "once", "when did the library lose funding": "Once", "when did the parks department gain staff": "while", "when was the lake closed to boats": "until"},
}, {
	name:    "NotOfTheAskedWords",
	why:     `a "not" denies what it stands before: "Parents who did not want their children back could choose online classes" does not deny that families chose them, "will not reopen until March" says it reopens in March (and is closed now, and not before), "did not find his tent until the second day" that they found it, and "did not hire outside cleaners" denies the hiring`,
	article: "Pell Valley Elementary reopened on Monday after a mold cleanup that kept students out for six weeks. The gym will not reopen until March.\n\nSearchers did not find his tent until the second day.\n\nThe district did not hire outside cleaners; its own staff did the work.\n\nParents who did not want their children back could choose online classes. About 30 families chose that option.\n",
	opens:   map[string]string{"will the gym reopen in March?": "Yes: ", "did the district hire outside cleaners?": "No: ", "did the gym reopen before March?": "No: ", "did searchers find his tent?": "Yes: "},
	without: map[string]string{"did any families choose online classes": "No", "is the gym open?": "Yes"},
}, {
	name:    "SizeOfWhatIsAsked",
	why:     `a size answers "how big" for the noun it stands before ("a 300-foot cargo ship" is the ship's, not the crane's; "the tower's 40-foot spire" the spire's), in the dimension asked ("1,200 feet long" is no width), and not as a change ("has dropped 14 feet")`,
	article: "On Monday a crane toppled onto a 300-foot cargo ship carrying 2,000 tons of grain at Elm Harbor.\n\nThe tower's 40-foot spire was damaged. Lake Orla has dropped 14 feet. The Ellery Bridge is 1,200 feet long. The 3-ton bell fell.\n",
	want:    map[string]string{"how big was the ship": "300 feet", "how heavy is the bell": "3 tons", "how tall is the spire": "40 feet"},
	without: map[string]string{"how big is the crane": "300", "how tall is the tower": "40", "how wide is the lake": "14", "how wide is the bridge": "1,200"},
}, {
	name:    "PartIsNoTotal",
	why:     `"how many carriages did the train have" asks for all of them: "two of the train's passenger carriages" counts those the bridge fell on, and still answers how many it fell on`,
	article: "A crowded commuter train derailed, running into the supports of a road bridge that collapsed onto two of the train's passenger carriages, crushing them.\n\nThe train consisted of eight passenger carriages hauled by an electric locomotive.\n",
	want: map[string]string{
		"how many carriages did the train have":           "eight passenger carriages",
		"how many carriages did the bridge collapse onto": "two of the train's passenger carriages",
		"how many carriages were crushed in total":        "two of the train's passenger carriages",
	},
}, {
	name:    "HowBigAsksASize",
	why:     `"big" of "how big" asks for a size, as "old" of "how old" asks for an age: a story that never says "big" answers with "14-acre", shown as "14 acres"`,
	article: "The Elm Trust thanked the donor for his gift.\n\nGull Key, a 14-acre island eight miles west of Elm Harbor, was donated in 2018 by the family.\n\nThe island will host research on the reef.\n",
	want:    map[string]string{"yo how big is this island anyway": "14 acres"},
}, {
	name:    "WhoWasDrivingWhich",
	why:     `"who was driving the car?" does not ask for "the truck driver": a role asked by its verb keeps its other words ("train driver" for "driving the train")`,
	article: "A truck and a car collided on Route 9 near Ashford on Sunday morning, police said.\n\nThe truck driver, Ken Ito, was not hurt. The car was driven by Lena Roe, 19, who was taken to Ashford General with a broken leg.\n",
	want:    map[string]string{"who was driving the truck?": "Ken Ito"},
	without: map[string]string{"who was driving the car?": "Ken Ito"},
}, {
	name:    "WhoWasDoing",
	why:     `"who was driving the train?" asks for the train's driver as "who drove" does: "The train driver, Ed Olen, was exonerated", not the sentence that lists who survived`,
	article: "The train driver, the assistant crewman and the motorists on the bridge survived.\n\nThe train driver, Ed Olen, was exonerated by the inquiry.\n",
	want:    map[string]string{"Who was driving the train?": "Ed Olen"},
}, {
	name:    "VerbFormsBaseNearWords",
	why:     `"converted" is WordNet's adjective "reborn" too, but as the verb's form it keeps the verb's near words: "the ship's conversion" answers when it was converted`,
	article: "The ship's conversion nearly five years ago proved the Navy right.\n",
	want:    map[string]string{"When was the ship converted?": "nearly five years ago"},
}, {
	name:    "NoListOfWhoSomeoneIs",
	why:     `"Lee Taylor, a fire control technician and Elm strike fire control division leading chief petty officer, said" tells who Taylor is: no list of what was asked`,
	article: "Chief Petty Officer Lee Taylor, a fire control technician and Elm strike fire control division leading chief petty officer, said his team executed their mission flawlessly despite exhaustion and other adversities.\n",
	without: map[string]string{"What hardships did Taylor say his team pushed through?": "technician"},
}, {
	name:    "RolesOfTheOneAsked",
	why:     `the words beside a name say what the person is, which answers a question about that person's roles`,
	article: "The Ashby school board received two bids to replace the roof of Lincoln Elementary on Monday. Coastline Roofing's quote was $212,000, and Pike & Sons quoted $187,000.\n\nBoard chair Greta Holm cited a 2019 engineering study that found leaks in 40 classrooms. \"We can't wait another winter,\" Holm said.\n\nA board member, Felix Ambrose, was cited by police last month for driving without a license. He did not attend the meeting.\n\nPrincipal Yusuf Amari, a teacher, coach and parent of two Lincoln students, said the gym was closed twice in March.\n",
	want:    map[string]string{"what roles does Yusuf Amari have": "teacher, coach and parent"},
}, {
	name:    "WhenItBegan",
	why:     `"when did they begin protecting land" asks when the protecting began: "In 2012, the Elm Society bought land to protect the Keys" says when it went on, and only a sentence that says it began dates it; "Trust" of "the Gull Trust begin" is part of a name, not the question's verb`,
	article: "In 2012, the Elm Society bought land to protect the Keys. The Society began that work in 1971.\n\nIn 2015, the Gull Trust bought land to protect the reef. The Trust began that work in 1980.\n",
	without: map[string]string{"When did the Elm Society begin protecting land in the Keys?": "2012", "When did the Gull Trust begin protecting land on the reef?": "2015"},
}, {
	name:    "BeganInOtherWords",
	why:     `a beginning or an end is told by other verbs too: "The Harbor Bakery, which opened in 1952" says when it started, "Vance joined the clerk's office in 1991" when she started there`,
	article: "The Harbor Bakery, which opened in 1952, will run the food tent. Its owner, Mina Solberg, launched a bread delivery service in 2019.\n\nVance joined the clerk's office in 1991.\n",
	want:    map[string]string{"when did the bakery start?": "1952", "When did Mina Solberg begin delivering bread?": "2019", "when did vance start at the clerk's office": "1991"},
}, {
	name:    "YesNoOfAnotherYear",
	why:     `"This election, in which secret ballots were used for the first time" follows "the election of 1874": it answers nothing, yes or no, about 1872`,
	article: "Perhaps as a direct result of this scandal, the Elm party fell in the eyes of the public and was relegated to being the Official Opposition in the federal election of 1874. This election, in which secret ballots were used for the first time, gave Ann Lee a firm mandate to succeed Tom Hale as the new prime minister of Elmland.\n",
	without: map[string]string{"Did Elmland already have the secret ballot at the 1872 election?": "Yes"},
}, {
	name:    "DistanceIsALength",
	why:     `"a 14-acre island located eight miles west of Key West": how far is told in miles, never in acres or square miles`,
	article: "Gull Key, a 14-acre island located eight miles west of Elm Harbor, covers 375 square miles of reef with its sister keys.\n",
	want:    map[string]string{"How far out from Elm Harbor is Gull Key?": "eight miles"},
	without: map[string]string{"how deep is the reef around gull key?": "square"},
}, {
	name:    "RoleAfterAbbreviatedName",
	why:     `"Harry B. Harris Jr., commander, U.S. Sixth Fleet" gives Harris the role though his name ends at "Jr.", and the fleet the question names is never the one who commanded it`,
	article: "“We did it,” said Vice Admiral Harry B. Harris Jr., commander, U.S. Sixth Fleet.\n\nCapt. Tom Hale, the Elm's commanding officer, said he was proud.\n",
	want:    map[string]string{"Who commanded the U.S. Sixth Fleet?": "Harry B. Harris Jr"},
}, {
	name:    "SurnameNamesThePerson",
	why:     `"Mr. Hale" is David Hale, whom the article names in full once: his surname answers for his given name, and "Mr. Hale" is no other Hale the question leaves out (as "Saginaw River" is for "Detroit River")`,
	article: "David Hale owned Gull Key for fifty years and hosted writers there.\n\nMr. Hale arranged to donate the island to protect it, prior to his passing at the age of 99 in September 2018.\n",
	want:    map[string]string{"When did David Hale pass away?": "September 2018"},
}, {
	name:    "SpeakersRetiredOrFromSomewhere",
	why:     `"said Sgt. Maj. (Ret.) Walter Dunn" quotes Walter Dunn in one sentence, and "Organizer Bea Lindgren, of Ashford, said" is said by Bea Lindgren, not by Ashford`,
	article: "Organizer Bea Lindgren, of Ashford, said the group filled 90 bags.\n\n\"Nobody said it would be easy,\" said Sgt. Maj. (Ret.) Walter Dunn, who brought his Scout troop.\n",
	want:    map[string]string{"who is quoted?": "Bea Lindgren, Walter Dunn", "who said nobody said it would be easy": "Walter Dunn"},
}, {
	name:    "SpeakersWithMoreRanks",
	why:     `"said Sgt. First Class Devon Kirk" quotes Devon Kirk, whose names English also uses as words ("Devon", "kirk"); "“They did everything we asked,” said Army Maj. Gen. Lin Shu" is said by Lin Shu, in one sentence, not "asked" in the quotation`,
	article: "\"It feels good to be home,\" said Sgt. First Class Devon Kirk, a medic with the 112th Engineer Battalion, as the unit returned to Fort Tilden on Sunday.\n\n\"They did everything we asked,\" said Army Maj. Gen. Lin Shu, commander of the state National Guard.\n\nStaff Sgt. Maria Ocampo, also of the 112th, said her daughter was born while she was away. \"I can't wait to meet her,\" Ocampo said.\n",
	want:    map[string]string{"who is quoted?": "Devon Kirk, Lin Shu, Maria Ocampo"},
}, {
	name:    "SpeakersWithRanks",
	why:     `ranks before a name are no name ("said Rear Adm. Barry Bruner", "said Petty Officer 2nd Class Tyler Schneider"), and "which members of the Elm's crew are quoted" keeps those the article's own words place on the Elm, not those whose quotations name it`,
	article: "\"Making history is something I will remember,\" said Petty Officer 2nd Class Tyler Schneider, a missile technician on the Elm. \"The Elm did well,\" said Rear Adm. Barry Bruner, commander, Submarine Group Ten. Capt. Thomas Calabrese said he was proud of the Elm's crew. \"We did it,\" said Lt. Cmdr. Ann Lee, of the Gull. \"Yes,\" said Chief Petty Officer Lee Taylor, the Elm's chief.\n",
	want: map[string]string{
		"who is quoted in the story?":                          "Tyler Schneider, Barry Bruner, Thomas Calabrese, Ann Lee, Lee Taylor",
		"Which members of the Elm's own crew are quoted here?": "Tyler Schneider, Thomas Calabrese, Lee Taylor",
	},
}, {
	name:    "QuotedIsFrame",
	why:     `"the quoted cadet" is the cadet the story quotes: "quoted", like "mentioned", speaks of the story, and a story that never says the word is still about the cadet`,
	article: "“The river is rising,” said Cadet 1st Class Tom Hale. The Elm Bay council met on Monday.\n",
	without: map[string]string{"What class is the quoted cadet in?": "doesn't say", "which cadet does the story quote?": "doesn't say"},
}, {
	name:    "PeopleInBodies",
	why:     `"guys" counts people, and troops are people (WordNet: personnel), so "One thousand Union troops landed" says how many guys landed`,
	article: "One thousand Union troops landed near the lighthouse and routed a small force. Later, 12 ships arrived.\n",
	want:    map[string]string{"how many guys landed near the lighthouse": "One thousand Union troops"},
}, {
	name:    "DenyOnLess",
	why:     `a sentence that says the opposite ("rarely carries") or "not" ("unable to survive") of a question word answers "No" though it leaves a word or two of the question unsaid; "no matter what" denies nothing`,
	article: "The Elm Bay ferry rarely carries horses to Gull Point. The weevils appear unable to survive cold winters in northern Elm County.\n\nMeier believes long term declines are inevitable.\n",
	opens:   map[string]string{"Does the Elm Bay ferry often carry horses to the island?": "No: ", "Can the weevils survive the winters up north in Elm County?": "No: "},
	without: map[string]string{"Does Meier believe long term declines are inevitable no matter what?": "No"},
}, {
	name:    "PhrasalVerbs",
	why:     `"pass away" is "die" (WordNet's phrasal verbs), its "away" said by "died" too; "passed out" says "pass" but not "away", and is no "yes" to "did she pass away?"`,
	article: "Ada Brune kept the Gull Point light for thirty years, trimming the wick each night. Ada Brune passed out once on the stairs.\n\nHer brother Tom Brune rowed supplies out from the harbour every Sunday. He died in the winter of 1911, and the village mourned him.\n",
	want:    map[string]string{"when did he pass away": "winter of 1911"},
	without: map[string]string{"when did he pass away?": "doesn't say", "Did Ada Brune pass away?": "Yes"},
}, {
	name:    "Review25c",
	why:     `a third review's cases: "налог" reads only "tax", so it keeps its weight and the vote on a park dates no vote on a tax; "Yesterday mayor Tom Hale" is the mayor; "runs 3 miles from the harbour to Gull Point" is a length; "Тим Бейкер" is Tim, not his brother Tom`,
	article: "The Elm Bay council voted on Wednesday to build a park near the old school. Yesterday mayor Tom Hale opened the new pier.\n\nThe sea wall runs 3 miles from the harbour to Gull Point.\n\nTom Baker, a fisherman, won the Elm Bay prize. His brother Tim Baker, a teacher, will open a shop in June.\n",
	want:    map[string]string{"Who is Tom Hale?": "Tom Hale — mayor", "How big is the sea wall?": "3 miles", "Кто такой Тим Бейкер?": "Tim Baker — teacher"},
	without: map[string]string{"Когда совет проголосовал за налог?": "Wednesday"},
}, {
	name:    "DistanceIsNoSize",
	why:     `"about 22 miles (35 kilometers) west of Dresden" says how far, not how big the asteroid was; "how far" still gets it`,
	article: "The asteroid broke up harmlessly, and small meteorites may have fallen about 22 miles (35 kilometers) west of Dresden.\n",
	without: map[string]string{"how big was the asteroid?": "miles"},
	want:    map[string]string{"how far from Dresden did the meteorites fall?": "about 22 miles"},
}, {
	name:    "DateInOtherWords",
	why:     `"is scheduled to wrap up by October" says when the work will be finished, in other words: no line, but no claim that the story doesn't say`,
	article: "The dredging of the Elm River channel was awarded to Gull Marine. The work began in June and is scheduled to wrap up by October.\n",
	without: map[string]string{"When is the Elm River work supposed to be finished?": "doesn't say"},
}, {
	name:    "AmountInTheNextSentence",
	why:     `"rewarding members of the public who report poachers. … rewards range from $100 to $1,000": the story does say how much, a sentence on`,
	article: "The Elm Bay Wildlife Office has a program to reduce poaching by rewarding members of the public who report poachers to the rangers. The Elm Bay Tip Program rewards range from $100 to $1,000, depending on the crime.\n",
	without: map[string]string{"yo how much can u get for reporting a poacher lol": "doesn't say"},
}, {
	name:    "RussianPhrases",
	why:     `"какой длины" asks how long and "на борту" is on board, not "what length" and "larboard"`,
	article: "The Elm River is 22 miles long.\n\nOn Wednesday the ferry carried 40 horses on board to Gull Point.\n",
	want:    map[string]string{"Какой длины река Элм?": "22 miles", "Сколько лошадей было на борту?": "40 horses"},
}, {
	name:    "RussianGivenNameBySurname",
	why:     `"Джош" alone sounds like Josh and Joyce, both in the story; "Джош Мартин" is Josh Martin, and "Energy minister", opening its sentence, is his role`,
	article: "The storm cut power to Elm Bay on Monday. Energy minister Josh Martin said the grid had failed.\n\nSenator Joyce Baker blamed the wind farms.\n",
	want:    map[string]string{"Кто такой Джош Мартин?": "Josh Martin — Energy minister", "who is josh martin?": "Josh Martin — Energy minister"},
}, {
	name:    "CenterIsNoTitle",
	why:     `"the Minor Meteor Center" is a centre, not a minor named "Meteor Center"; a clause after a name's comma ("…, the ferry became …") defines nothing; "2008" of "Comet 2008 Elm" does not date it`,
	article: "Sightings are reported to the Minor Meteor Center, the ferry's route became clear and the harbour was closed.\n\nThe alarm system was developed and is run by the Center for Harbour Studies in Elm Bay.\n\nComet 2008 Elm broke up over Gull Point in October 2009.\n",
	without: map[string]string{"What is the Minor Meteor Center?": "became", "When did Comet 2008 Elm break up?": "2008", "Who developed the alarm system?": "Center,"},
}, {
	name:    "ClockLabelsAThing",
	why:     `"the 8 pm curfew" names the curfew by its hour; it was lifted "on May 9"`,
	article: "The 8 pm curfew imposed on May 1 was lifted on May 9, Mayor Tom Hale said.\n",
	want:    map[string]string{"When was the curfew lifted?": "May 9"},
}, {
	name:    "BareClockIsNoTime",
	why:     `"won the marathon in 2:31" is a race time, not a time of day: she won it "on Sunday"`,
	article: "Ann Lee won the Elm Bay marathon in 2:31 on Sunday. It was her third win.\n",
	want:    map[string]string{"When did Ann Lee win the marathon?": "Sunday"},
}, {
	name:    "AsideOfTheAsked",
	why:     `"Tom Hale (born May 4, 1950)": an aside about whom the question asks answers it`,
	article: "Tom Hale (born May 4, 1950) founded the Elm Bay mill in 1975. He still runs it.\n",
	want:    map[string]string{"When was Tom Hale born?": "May 4, 1950"},
}, {
	name:    "ClockOfAnotherEvent",
	why:     `"capsized at 4:10 am" is no time the rescuers reached the boat; "a time limit" asks no date`,
	article: "The boat capsized at 4:10 am. Rescuers reached it on May 9, 2020 at dawn, and all five crew were saved.\n\nOn March 4 the Elm Bay council set a time limit of three minutes for public speeches.\n",
	without: map[string]string{"What time did rescuers reach the boat?": "4:10", "What was the time limit for speeches?": "March"},
}, {
	name:    "PricedAndAged",
	why:     `"how are tickets priced?" asks the price; "Dallas, 29, a firefighter from Elm Bay," is a person`,
	article: "Tickets for the Elm Bay fair are priced at $20 each.\n\nDallas, 29, a firefighter from Elm Bay, rescued the boy from the river.\n",
	want:    map[string]string{"How are tickets priced?": "$20", "Who rescued the boy?": "Dallas"},
}, {
	name:    "AppositionIsNoClause",
	why:     `"According to the chief engineer of the ferry company, Tom Hale, the ferry was built in 1981" makes Tom Hale the chief engineer, not "the ferry was built in 1981"; "His daughter, Ann Hale, said …" makes her his daughter, not "said …"`,
	article: "According to the chief engineer of the ferry company, Tom Hale, the ferry was built in 1981.\n\nHis daughter, Ann Hale, said the ferry was safe.\n",
	want:    map[string]string{"Who is Tom Hale?": "Tom Hale — the chief engineer of the ferry company"},
	without: map[string]string{"Who is Ann Hale?": "said"},
}, {
	name:    "AmountIsNoList",
	why:     `"one year and a day" is a length of time, not a list of a year and a day`,
	article: "Tom Hale was sentenced to one year and a day in prison for selling eagle eggs.\n",
	without: map[string]string{"Which things was Tom Hale sentenced to?": "year, day"},
}, {
	name:    "HowIsAnAmountSpent",
	why:     `"how is the $5,000 grant to be spent?" asks how, not how much: the amount it names is no answer`,
	article: "The Elm Bay Trust gave a $5,000 grant, which will be spent on new nets for the harbour.\n",
	want:    map[string]string{"How is the $5,000 grant supposed to be spent?": "The Elm Bay Trust gave a $5,000 grant, which will be spent on new nets for the harbour."},
}, {
	name:    "AsideDatesAName",
	why:     `"brothers Tom (May 2, 1960 - June 3, 1999) and Sam Hale robbed a bank" dates the brothers' lives in brackets; the robbery is "On January 9, 1984"`,
	article: "On January 9, 1984, brothers Tom (May 2, 1960 - June 3, 1999) and Sam Hale (April 5, 1962 - March 3, 2001) robbed a bank in Elm Bay.\n",
	want:    map[string]string{"When did the robbery happen?": "January 9, 1984"},
}, {
	name:    "WhichStateBesideATown",
	why:     `"in Vantaro, Arizona": "which state" is answered by the one English knows as a state, not the nearer town`,
	article: "Two men carried out a bank robbery in Vantaro, Arizona, in 1984. Arizona Governor Jane Dee Lamb later refused to pardon them.\n",
	want:    map[string]string{"which state did the robbery happen in?": "Arizona"},
}, {
	name:    "TitleOfParliament",
	why:     `"German Member of Parliament Elsa Brandt" is Elsa Brandt, a German Member of Parliament, not "of Parliament Elsa Brandt"`,
	article: "Pleas by German ambassador Halvard Brunner and German Member of Parliament Elsa Brandt failed to sway the governor.\n",
	want:    map[string]string{"Who is Elsa Brandt?": "Elsa Brandt — German Member of Parliament"},
}, {
	name:    "UncountedKeepsItsQualifier",
	why:     `"how many died?" is answered "About 40 people", not "About"`,
	article: "About 40 people died when the river burst its banks at Elm Bay.\n",
	want:    map[string]string{"How many died?": "About 40 people"},
}, {
	name:    "UncountedIsNoAgeOrLabel",
	why:     `"The 84-year-old driver, Tom Hale, died … on Route 9" gives an age and a road's number, no count of the dead`,
	article: "The 84-year-old driver, Tom Hale, died at the scene on Elm Bay Road. His wife, Ann Hale, survived.\n\nA bus driver died at the scene on Route 9.\n",
	without: map[string]string{"How many died on Elm Bay Road?": "84", "How many died on Route 9?": "9"},
}, {
	name:    "UncountedIsTheVerbsOwn",
	why:     `"sickened 60 children …, and two of them died": the count of the dead is the one beside "died"`,
	article: "The outbreak sickened 60 children at Elm Bay camp in 2021, and two of them died.\n\nSixty boats started the Elm Bay race on Sunday and 41 finished.\n",
	want:    map[string]string{"How many died?": "two", "How many finished?": "41"},
}, {
	name:    "AccordingToWhoDid",
	why:     `"According to Tom Hale, who found the boat," names the finder; "ranked according to Tom Hale" names who ranked`,
	article: "According to Tom Hale, who found the boat, it was empty. Coast guard officer Ann Lee towed it to Elm Bay.\n\nThe teams were ranked according to Sam Roe, the league's scorer, and Gull Point came first.\n",
	want:    map[string]string{"Who found the boat?": "Tom Hale", "Who ranked the teams?": "Sam Roe"},
}, {
	name:    "FirmIsNoRoleHolder",
	why:     `"contractor Gull Point Roads" is a firm: "the contractor" is not every sentence that says "roads"`,
	article: "The city hired contractor Gull Point Roads in May to fix the bridge.\n\nThe state paid for new roads in Elm Bay in 2019.\n",
	without: map[string]string{"When was the contractor paid?": "2019"},
}, {
	name:    "TheDateOf",
	why:     `"what was the date of …" asks when, and "date" is no word the story must say: it was refused as a question about a thing the story never names`,
	article: "The Elm Bay Gazette printed its first issue on March 3, 1890, in a shed by the harbour.\n\nTom Hale has edited it since 1975.\n",
	want:    map[string]string{"What was the date of the Gazette's first issue?": "March 3, 1890"},
}, {
	name:    "TimeOfDay",
	why:     `"at 3:30 am" says when the ferry was raised, and "what time" asks for the time of day, with its date when the story gives one there`,
	article: "At 6:42 pm on May 3, 1920, the ferry left Gull Point with forty passengers. It struck the pier and sank in the harbour.\n\nThe ferry was raised from the harbour at 3:30 am by a crane. Divers began searching at 9 pm.\n",
	want:    map[string]string{"when was the ferry raised from the harbour?": "3:30 am", "what time did the ferry leave gull point?": "6:42 pm on May 3, 1920", "what time did the divers begin searching?": "9 pm"},
}, {
	name:    "RoleHeldByOneIsTheirName",
	why:     `"helmsman Tom Hale" is "Hale" from then on, so "the helmsman" finds what the story says of Hale; "the deckhand Ann Lee, but both were familiar with the area" gives her no role "familiar with the area"`,
	article: "At 5 pm on May 3, the ferry left Gull Point with helmsman Tom Hale at the wheel. Hale had not sailed that route before, nor had the deckhand Ann Lee, but both were familiar with the area.\n\nThe ferry struck the pier and sank. Hale went on trial in October 1917 and was found not guilty.\n",
	want:    map[string]string{"when did the helmsman go on trial?": "October 1917", "who was the deckhand?": "Ann Lee"},
}, {
	name:    "CountLeftToTheStory",
	why:     `"how many were damaged?" and "how many died?" name nothing counted: the count is the story's, with what it counts ("three of the four ferry docks"), not "damaged" taken for a noun and refused`,
	article: "A storm hit Elm Bay on Monday. Strong winds damaged three of the four ferry docks in the harbour, the port office said.\n\nThe storm killed two people on the coast road.\n",
	want:    map[string]string{"how many were damaged?": "three of the four ferry docks", "how many of them were damaged?": "three of the four ferry docks", "how many died?": "two people"},
}, {
	name:    "AccordingToIsNoDoer",
	why:     `"According to Lee, death threats were made against the Rowers" names who told of the threats, not who got them`,
	article: "The Elm Bay Rowers won the cup in 1990, coached by Ann Lee.\n\nAccording to Lee, death threats were made against the Rowers before a game against Gull Point the following season.\n",
	want:    map[string]string{"who got death threats before the Gull Point game?": "Elm Bay Rowers", "who says death threats were made?": "Lee"},
}, {
	name:    "DiedIsWhatKillingDoes",
	why:     `"how many people died" is answered by "the flood killed twelve people": WordNet says killing causes dying, and eating is what feeding causes`,
	article: "A flash flood swept through Marlow on Tuesday night. The flood killed twelve people, officials said.\n\nVolunteers fed more than 300 residents at the town hall.\n",
	want:    map[string]string{"how many people died in the flood?": "twelve people", "how many residents ate at the town hall?": "more than 300 residents"},
}, {
	name:    "InjuredIsWounded",
	why:     `"injured", WordNet's adjective with no near words of its own, is the past of "injure", whose near word "wound" the story says in "wounded"; and the lemma "wound" is not read as the past of "wind"`,
	article: "Ferry fire\n\nTwo crew members were killed and eleven passengers wounded when a fire broke out on the Gull Point ferry on Friday, the coast guard said.\n\nThe ferry was towed to Elm Bay.\n",
	want:    map[string]string{"how many passengers were injured?": "eleven passengers"},
}, {
	name:    "OtherSenseShowsPassages",
	why:     `a count or date asked with a verb the story says only in another of its senses ("resign" for "quit") gets no answer line, but the story may well say it: its passages are shown, and "the story doesn't say" would be false`,
	article: "Cabinet crisis\n\nOn Monday the Green Party said its four ministers would resign from the cabinet.\n\nThe prime minister called an early election.\n",
	want:    map[string]string{"how many ministers quit?": ""},
}, {
	name:    "SinceOfAComparisonIsNoDate",
	why:     `"the longest stoppage since 1988" and "the first such vote since 2011" date an earlier event, not the walkout or the motion`,
	article: "Harbour strike ends\n\nELM BAY, May 30 - Tug crews at Elm Bay returned to work on Monday after accepting a new pay offer.\n\nThe walkout, which began on March 3, was the longest at the harbour since 1988. It cost local firms about 2 million pounds a week.\n\nCouncillors passed a motion of no confidence in the harbour board on 9 May. It was the first successful such motion in Elm Bay since 2011.\n",
	want:    map[string]string{"when did the walkout start?": "March 3", "when was the no-confidence motion?": "9 May"},
}, {
	name:    "StaffLostIsNoCompound",
	why:     `in "About 140 staff lost their jobs" the word after the counted noun is a verb's irregular past, not a noun the number counts ("passenger cars"), so the staff are counted`,
	article: "Mill closes\n\nThe Elm Bay paper mill closed on Friday. About 140 staff lost their jobs and nearly 2,000 customers had to find a new supplier.\n",
	want:    map[string]string{"how many people lost their jobs?": "About 140 staff"},
}, {
	name:    "LittleWordIsNoCurrency",
	why:     `"open in 2031 at a cost of about 40 million euros": "at" is a Laotian coin to WordNet, but a little word after a year is no sum of money`,
	article: "Bridge plan\n\nThe council said the new Elm Bay bridge should open in 2031 at a cost of about 40 million euros.\n",
	want:    map[string]string{"how much will the bridge cost?": "40 million euros"},
}, {
	name:    "FirstSinceIsNotFirst",
	why:     `"the first Elm Bay woman to win the prize since 2009" says she was not the first ever; asked "since when", it is no denial`,
	article: "Poetry prize\n\nMara Quinn won the Gull Prize for poetry on Friday. She is the first Elm Bay woman to win the prize since 2009.\n",
	opens:   map[string]string{"Is Mara Quinn the first Elm Bay woman ever to win the prize?": "No: "},
	without: map[string]string{"Is she the first Elm Bay woman to win the prize since 2009?": "No"},
}, {
	name:    "InitialismInLowerCase",
	why:     `"the un mission" is the United Nations' and "the pm" the prime minister: WordNet knows "UN" and "PM" only as initialisms, so a reader's lower-case "un" and "pm" stand for the story's words and the questions are not refused; "us", a word English uses, stands for no "United States"`,
	article: "Border talks\n\nThe United Nations mission in Elm Bay has about 900 staff, officials said. The United States sent two envoys.\n\nThe president nominated Ann Lee, a former judge, as prime minister. Lee became the country's first female prime minister.\n",
	want:    map[string]string{"how many staff does the un mission have?": "about 900 staff", "Is Lee the first woman to be PM?": ""},
}, {
	name:    "RussianNamesWithoutLetters",
	why:     `Russian spells h and w with г and в, and has no accents: "Гамильтон" is the story's Hamilton and "Лопес" its López`,
	article: "Harbour inquiry\n\nThe inquiry was led by Judge Ruth Hamilton, a former naval officer.\n\nThe harbour master, Tomás López, resigned in March after the report.\n",
	holds:   map[string]string{"Кто такой Гамильтон?": "former naval officer", "Когда ушёл в отставку Лопес?": "March"},
}, {
	name:    "RussianNameInStoryLetters",
	why:     `a name the story gives, written in Russian, is read as the story spells it, so it is known for a name of the question and not taken for the answer to "who was Aue's goalkeeper?"`,
	article: "Cup final\n\nAfter the break the game turned to the advantage of Wismut Aue. Aue's goalkeeper Rudolf Brandt punched a corner clear.\n",
	want:    map[string]string{"Кто был вратарём Висмута Ауэ?": "Rudolf Brandt"},
}, {
	name:    "YesNoReadsTheAskedClause",
	why:     `"ever" asks whether a thing happened at all, and a "not" or "could" in a clause of contrast about something else ("…, but could not win") neither denies nor hedges what is asked`,
	article: "Harbor Hawks fall short\n\nThe Harbor Hawks rallied to within two runs in the eighth inning, but could not win the final against the Mill City Owls.\n\nThe Owls have won the league four times.\n",
	opens:   map[string]string{"Did the Hawks ever get within two runs in the eighth inning?": "Yes: ", "Did the Hawks win the final?": "No: "},
}, {
	name:    "YesNoFromTheNextSentence",
	why:     `a sentence ranked as well as the first answers a yes/no question when the first names the subject and the next says what is asked of it`,
	article: "Lantern museums\n\nQuillfeather makers have long loved old lanterns, said Mara Quinn, director of the Quillfeather Makers Guild. Based in Ohio, the group runs three museums.\n\nVisitors may tour the museums free of charge.\n",
	opens:   map[string]string{"Is the Quillfeather Makers Guild based in Ohio?": "Yes: Based in Ohio"},
}, {
	name:    "CountNotOfAShareOfOtherThings",
	why:     `"three of the four links" after "31 pylons" counts links, not pylons, while "455 of them" counts what was counted before`,
	article: "Storm damage\n\nThe wind damaged a total of 31 pylons on power lines, including damage on three of the four links to the city. Volunteers found 612 nests on the beach, and 455 of them hatched in July.\n\nCrews worked for days.\n",
	want:    map[string]string{"How many pylons did the wind damage?": "31 pylons", "How many nests hatched?": "455"},
}, {
	name:    "WhenNotFromAYearThatLabels",
	why:     `"the blackout of 2019" names the event; "on 9 November 2019" in the same sentence says when`,
	article: "Grid failure\n\nThe Norvia blackout of 2019 was a power outage that occurred after storm damage to transmission towers on 9 November 2019.\n\nPower came back within days.\n",
	want:    map[string]string{"When did the blackout happen?": "9 November 2019"},
}, {
	name:    "CountFromTheClauseThatNamesIt",
	why:     `in "a blight killed 142 elms, and the storm in May killed about 18 elms", the storm's count is the one in its own clause, though the blight's stands nearer its name; a list's next item ("and 455 at Marsk") is no clause of its own`,
	article: "Elm losses\n\nA Dutch elm blight in 2016 killed 142 elms, and Storm Petra in May 2017 killed about 18 elms. Volunteers found 612 nests at Keller Island, and 455 at Marsk Island.\n\nThe city will plant new trees.\n",
	want:    map[string]string{"How many elms did Storm Petra kill?": "about 18 elms", "How many elms did the blight kill?": "142 elms", "How many nests were found at Keller?": "612 nests"},
}, {
	name:    "NamesWithMiddleInitials",
	why:     `a middle initial does not end a sentence ("Dario A. Vantrell, 23, of Ferncliff"), "who was Dr. E. Quennell?" asks for his description, "how old" is answered by an age, not by a term in jail, and a name after "officials at" is where they work, not one of the people a list asks for`,
	article: "Court news\n\nPavel D. Orsini, 18, of Lewis Gardens, and Dario A. Vantrell, 23, of Ferncliff, were sentenced in May. Judge Rufus E. Romero sentenced Orsini to one year in jail. Dr. E. Quennell, a neuropsychiatrist at the county hospital, spoke for the defence.\n\nOfficials at Ansel P. Heller Tolle Sound NWR were still counting deer, said Irene Velloso, the refuge manager. Alden Hayes, another refuge manager, agreed.\n",
	want:    map[string]string{"how old is dario vantrell": "23", "How old is Orsini?": "18", "Name the refuge managers quoted in the article.": "Irene Velloso, Alden Hayes"},
	holds:   map[string]string{"Who was Dr. E. Quennell?": "neuropsychiatrist at the county hospital"},
}, {
	name:    "ReferringNouns",
	why:     `"the pair", "those guys" refer to the story's people as "they" would; a story that never says "pair" still answers`,
	article: "Poachers sentenced\n\nTwo Ohio residents, who captured and tied up four wild turkeys near Lake Erie, were sentenced on Monday.\n\nThe birds were released.\n",
	holds:   map[string]string{"How many turkeys did the pair capture?": "four", "how many turkeys did those guys tie up lol": "four"},
}, {
	name:    "TitledNamesAndRoleClauses",
	why:     `"District Court Judge Ana M. Ruiz" is a person with a title, answered by her name alone; "who was the judge who sentenced them" asks for the judge; "National Fisheries Council" is no person titled "National"`,
	article: "Poachers sentenced\n\nTwo Ohio residents pled guilty in March. United States District Court Judge Ana M. Ruiz sentenced them to a year of probation. The National Fisheries Council reviewed the case.\n\nThe birds were released.\n",
	want:    map[string]string{"Who was the judge who sentenced the two residents?": "Ana M. Ruiz", "Who sentenced them to probation?": "Ana M. Ruiz", "Who reviewed the case?": "National Fisheries Council"},
}, {
	name:    "CountedNounEndsAtItsVerb",
	why:     `in "how many hail stones hit the town", "hit" (a noun too) is the count's verb, since "the" follows it: the question counts stones, not towns`,
	article: "Hail storm\n\nThe town was hit by at least 9,000 hail stones on Sunday. Two other towns saw rain.\n\nRoofs were repaired.\n",
	holds:   map[string]string{"how many hail stones hit the town": "9,000"},
}, {
	name:    "UnitAbbreviationsAndCommaClauses",
	why:     `"how many megawatts" is counted by "112 MW", and in "A cut output by 74 MW, B cut output by 112 MW" each figure is read from its own clause`,
	article: "Grid failure\n\nWithin one second, the Ridgeway Wind Farm reduced output by 74 MW, Lakeside Wind Farm reduced output by 112 MW, and the link tripped.\n\nPower came back later.\n",
	want:    map[string]string{"By how many megawatts did Lakeside Wind Farm reduce its output?": "112 MW", "By how many megawatts did the Ridgeway Wind Farm reduce output?": "74 MW"},
}, {
	name:    "LongSentenceWhyLine",
	why:     `a why answer from a sentence too long for one line keeps the clause that says the question's words and its reason, not the sentence's opening clipped before them`,
	article: "Grid failure\n\nThe damaged power lines caused several voltage dips which stressed the ride-through settings of most of the region's wind farms, causing six of them to shut down in the first seconds of the storm: then, all within one second, the Ridgeway Wind Farm reduced output by 74 MW, Lakeside Wind Farm reduced output by 112 MW, the Northfield interconnector flow increased to over 900 MW and both of its circuits tripped out due to the overload.\n\nPower came back later.\n",
	holds:   map[string]string{"Why did the Northfield interconnector trip out?": "due to the overload"},
}, {
	name:    "AgeOfANameEndingInAge",
	why:     `a name that ends in "age" ("Jimmy Page") keeps its last word when its age is read`,
	article: "Concert\n\nGuitarist Jimmy Page, 45, played two sets at the festival on Saturday.\n\nTickets sold out.\n",
	want:    map[string]string{"How old is Jimmy Page?": "45"},
}, {
	name:    "OneAskedIsNoPlural",
	why:     `"which park" asks for one park; "coastal State Parks" are several, the ones Gull Point is compared with`,
	article: "Otters den at Gull Point more often than at the other coastal State Parks of the region.\n",
	without: map[string]string{"which park do the most otters den in?": "Parks"},
}, {
	name:    "CountPlacedByAnother",
	why:     `"four hours on each trip" counts hours, not trips`,
	article: "Volunteers carried water into Gull Cave this spring. The extra water extends the restoration work another four hours on each trip into the cave.\n",
	without: map[string]string{"how many cave trips did the volunteers make?": "four"},
}, {
	name:    "SurnameGetsItsFullName",
	why:     `"Hale believes …" is Tom Hale, named a paragraph before; the answer gives the whole name`,
	article: "Tom Hale studies eider ducks at Gull Point for the Harbour Trust.\n\nThe eider colony there has shrunk for six years. Hale believes the decline will go on.\n",
	want:    map[string]string{"who believes the eider decline will go on?": "Tom Hale"},
}, {
	name:    "AndInsideAName",
	why:     `"Gull Point Fish and Game Office" is one name, not a series of "Gull Point Fish" and "Game Office under Ann Lee"`,
	article: "The heron count was run by rangers from the Gull Point Fish and Game Office under Ann Lee.\n",
	without: map[string]string{"which groups ran the heron count?": "Gull Point Fish,"},
}, {
	name:    "SameWordForSeveral",
	why:     `"which trout were stocked" asks for several, though "trout" is the same word for one; the verb says so`,
	article: "Two kinds of trout were stocked in Elm Lake this spring: the speckled brook trout and the Harbour Creek rainbow trout.\n",
	want:    map[string]string{"which trout were stocked in elm lake?": "speckled brook trout and Harbour Creek rainbow trout"},
}, {
	name:    "StateAfterACommaWithoutTheWord",
	why:     `"which state do Pine Gap and Elk Ford belong to" asks for the state the article names after them ("Elk Ford, Wyoming"), though it never says "state"`,
	article: "The new road links the park with the villages of Pine Gap and Elk Ford, Wyoming, all year.\n",
	want:    map[string]string{"which state do pine gap and elk ford belong to?": "Wyoming"},
}, {
	name:    "QuoteRunsOnFromItsSpeaker",
	why:     `a quote that runs on after "said harbour master Tom Hale." is still his`,
	article: "The Elm Bay ferry dock will be rebuilt next year.\n\n“We are glad the ferry dock is funded,” said harbour master Tom Hale. “It has needed new pilings since the storm.”\n",
	want:    map[string]string{"who says the ferry dock has needed new pilings since the storm?": "Tom Hale"},
}, {
	name:    "NextDayIsADate",
	why:     `"The next day, rangers took the heron to a vet" dates the trip; the day before it is another's`,
	article: "On May 3, a ranger saw an injured heron near the dock. The next day, rangers took the heron to a vet.\n",
	want:    map[string]string{"when did rangers take the heron to a vet?": "The next day (May 4)"},
}, {
	name:    "DayOfAFullDate",
	why:     `"May 2, 2025" dates the note, not its year alone`,
	article: "Editor’s note, May 2, 2025: An earlier version of this story gave the wrong count of heron nests.\n\nRangers counted 40 heron nests at Gull Point.\n",
	want:    map[string]string{"what date is on the editor's note?": "May 2, 2025"},
}, {
	name:    "SpeakerAcrossAnApposition",
	why:     `"Ann Lee, a biologist at the institute in Northern Maine who …, said" is Ann Lee's saying; the "who" after a place is the biologist's`,
	article: "The puffin count on Gull Point fell again this year.\n\nAnn Lee, a biologist at the Harbour Institute in Northern Maine who was not part of the survey, said that the puffins should be counted again in June.\n",
	want:    map[string]string{"who said the puffins should be counted again?": "Ann Lee"},
}, {
	name:    "QuotedWordsFindTheirSpeaker",
	why:     `a reader who quotes "only a question of years" asks about the sentence that says it, and its "he said" is Tom Hale's, named before by his surname; the Trust "says" something else`,
	article: "Tom Hale studies eider ducks at Gull Point for the Harbour Trust.\n\nThe eider colony there has shrunk for six years, the Harbour Trust says. Hale believes the decline will go on.\n\n“It’s only a question of years,” he said.\n",
	want:    map[string]string{`who said "only a question of years" about the eider colony`: "Tom Hale"},
}, {
	name:    "WhenOverAnAmount",
	why:     `"when did the ferry company pay $2 million" asks when; the amount is what it is about`,
	article: "In 2021, the ferry company paid $2 million for a new pier, more than half of it from a state grant.\n",
	want:    map[string]string{"When did the ferry company pay two million dollars for the pier?": "2021"},
}, {
	name:    "YearsAgoInThousands",
	why:     `"22,000 years ago" and "2 million years ago" are dates; "000 years ago" is a cut one`,
	article: "The Elk glacier last advanced more than 22,000 years ago. Another ice sheet covered the valley about 2 million years ago.\n",
	want:    map[string]string{"when did the elk glacier last advance": "more than 22,000 years ago", "when did the ice sheet cover the valley": "about 2 million years ago"},
}, {
	name:    "ContractionOpensAClause",
	why:     `"closed for 12 years, and it’s been …" joins two clauses, so "years, it’s" is no list of kinds of visits`,
	article: "“This lake has been closed for 12 years, and it’s been a whole generation that hasn’t fished it,” Hale said.\n\nThe lake still lets in 300 people a year for research and teaching. Visits by school groups resume in May.\n",
	without: map[string]string{"what types of visits aren't closed at the lake?": "it’s"},
}, {
	name:    "NoDurationForASize",
	why:     `"how large was the heron chick" asks for a size; the minutes the vets spent on it are no answer`,
	article: "Vets spent about 30 minutes on the heron chick, which was about the size of a crow.\n",
	without: map[string]string{"how large was the heron chick?": "minutes"},
	want:    map[string]string{"how long did the vets spend on the heron chick": "about 30 minutes"},
}, {
	name:    "PossessiveIsNoItem",
	why:     `"otters’ appetite" is an appetite, so "estimate otters" is no kind of otter`,
	article: "Wardens estimate otters’ appetite keeps the crab count down.\n\nA hungry sea otter eats a quarter of its weight a day, and older river otters eat less.\n",
	want:    map[string]string{"name the otters": "hungry sea otter, older river otters"},
}, {
	name:    "StopWordsDescribeNoKind",
	why:     `"other animals" and "after animals" are no kinds of animal, though WordNet knows "other" and "after" as adjectives`,
	article: "The Elm Bay shelter looks after other animals as well as its own.\n\nSome animals it houses once worked in shows: circus elephants and racing dogs.\n",
	want:    map[string]string{"name the animals": "circus elephants and racing dogs"},
}, {
	name:    "ListNounBeforeWhere",
	why:     `"name the states where the ferries stop" asks for the states, as "name the states the ferries stop in" does, not for the series the sentence about the ferries lists`,
	article: "The ferries stop at docks built by Ann Vale, a welder, a carpenter and a diver.\n\nThe line began in Oregon in 1990 and reached Washington in 2001.\n",
	want:    map[string]string{"name the states where the ferries stop": "Oregon, Washington"},
}, {
	name:    "SurnameIsNoPlace",
	why:     `"Lancaster", said of Hugh Lancaster, is a person wherever the article repeats it, not the city WordNet knows, so it does not answer "where"`,
	article: "Hugh Lancaster, a teacher, studies moths.\n\nLancaster and others took part in the moth count, a two-day event.\n\nThe count was spread over 18 sites around Millbrook.\n",
	without: map[string]string{"where did the moth count take place": "Lancaster"},
	want:    map[string]string{"who took part in the moth count?": "Hugh Lancaster"},
}, {
	name:    "WhichStateIsNoMountain",
	why:     `"which state" is not answered by a mountain or a city, though they stand nearer its words; the state is`,
	article: "Crews mapped the lichens on Granite Mountain, near Bend, in the state of Oregon, for two summers.\n",
	want:    map[string]string{"which state were the lichens mapped in?": "Oregon", "where were the lichens mapped?": "Granite Mountain"},
}, {
	name:    "WhichStateIsNoTownNearer",
	why:     `the state named after the town answers "which state"`,
	article: "Crews opened the new footbridge in Duluth last week, after the state of Minnesota paid for it.\n",
	want:    map[string]string{"which state is the footbridge in?": "Minnesota"},
}, {
	name:    "WhichStateIsNoCity",
	why:     `a city WordNet knows, however rarely named ("Asheville"), is no answer to "which state"`,
	article: "The footbridge over the gorge, near Asheville, opened last week; the state of North Carolina paid for it.\n",
	without: map[string]string{"which state is the footbridge in?": "Asheville"},
}, {
	name:    "AmountEndsAtItsDigits",
	why:     `a comma after an amount ends it ("$105, the same as last year" costs $105)`,
	article: "The permit fee for the boat ramp was $105, the same as last year, said the harbour master.\n",
	want:    map[string]string{"how much was the permit fee for the boat ramp?": "$105"},
}, {
	name:    "NegatedAfterARelativeClause",
	why:     `"how many bats that live in the cave are not endangered" still asks what is not; the count of all the bats is no answer`,
	article: "Three bat species live in Cedar Cave: the gray bat, the Indiana bat and the big brown bat. The gray bat and the Indiana bat are endangered.\n",
	without: map[string]string{"how many bats that live in Cedar Cave are not endangered?": "Three"},
}, {
	name:    "OneNearWordDatesNothing",
	why:     `"takes its name from the sea otter" says "name", a synonym of "list" in another sense, and nothing of the otter coming off a list, so the tavern's July dates no delisting`,
	article: "Pier 9 has a new tavern. Opening in July, the Otter Tavern takes its name from the sea otter. For decades the otter sat on the state's protected list; in 2019 wardens judged it safe and struck it off.\n",
	without: map[string]string{"When was the sea otter taken off the protected list?": "July"},
}, {
	name:    "DateOfTheSubjectAsked",
	why:     `"when do coho salmon start running" is not dated by what chinook salmon do; the chinooks' own question is`,
	article: "Chinook salmon usually start running up the Elm River in late April and keep coming until June. Coho salmon reach the river in September and spawn into December.\n",
	without: map[string]string{"when do coho salmon start running?": "April"},
	want:    map[string]string{"when do chinook salmon start running?": "late April"},
}, {
	name:    "OneDateInTheParagraph",
	why:     `the paragraph that answers "when" may hold its one date in a sentence that names the subject otherwise ("the fungus"); a date in a sentence about something else (the founder's move) dates no opening`,
	article: "Nobody in the valley is familiar with chestnut blight, a fungus with devastating effect. Discovered on a farm near Alder Creek a decade ago, the fungus is now in every orchard of the valley.\n\nThe Alder Creek cider mill is the oldest in the valley, and its cider is famous. Its founder moved to the valley from Ohio two decades ago.\n",
	want:    map[string]string{"When was chestnut blight found?": "a decade ago"},
	without: map[string]string{"What year did the Alder Creek cider mill open?": "decades"},
}, {
	name:    "NounsAreNoSpeechVerbs",
	why:     `"states" and "notes" are nouns as often as verbs; "two states, Virginia above all" names no speaker, and "which states are not …" is not cut at "states" before its "not"`,
	article: "Gray bats winter in caves across two states, Virginia above all. Rangers count them each January.\n\nRangers closed the caves in Kentucky to visitors in 2019.\n",
	without: map[string]string{"who counts the bats?": "Virginia", "which states are not closed to visitors?": "Kentucky"},
}, {
	name:    "WhichNounNamesIt",
	why:     `"what university" is answered by the phrase that ends in "University" and says which; "what kind of animal" by the noun WordNet files under animals, with the words before it`,
	article: "Crews from Elm Bay surveyed the reef last spring with researcher Ann Lee of Lakeland State University. The Elm Bay darter, a striped fish, lives on the reef. The reef grows on sandy shoals, and divers count its animals each spring.\n",
	want: map[string]string{
		"what university is the researcher Ann Lee from?": "Lakeland State University",
		"what kind of animal is the Elm Bay darter?":      "striped fish",
		"what kind of shoals does the reef grow on?":      "sandy shoals",
	},
}, {
	name:    "WhichNounNeedsTheRest",
	why:     `a phrase naming a bat answers "which bat" only in a sentence that says the rest of the question: bats the fungus was found among are not bats that do well there`,
	article: "The cave count went on for two days.\n\nIn June, biologists found the fungus among striped bats, another species, in a cave in Norvia.\n",
	without: map[string]string{"what kind of bat does well in Norvia?": "striped bats"},
}, {
	name:    "ResidentOfAPlace",
	why:     `in "Tom Hardy, a Leeds resident who came …" Leeds is where he lives: the "who" is the resident's, and the name before the comma says nothing of Leeds`,
	article: "The moth count made a moth fan out of Tom Hardy, a Leeds resident who came with his daughter. Hardy counted 40 moths.\n",
	want:    map[string]string{"where does Tom Hardy live?": "Leeds"},
}, {
	name:    "WorkplaceIsAnOrganisation",
	why:     `"where does she work" is answered by her employer, an organisation named in its "X of Y" form, not only by a place`,
	article: "They are a wonder, said biologist Ann Lee. She works for the Norvia Department of Parks’ Division of Forests, and counts moths each June.\n",
	want:    map[string]string{"where does Ann Lee work?": "Norvia Department of Parks’ Division of Forests"},
}, {
	name:    "InitialsOfAName",
	why:     `a reader may shorten a name the article spells out ("the EBC teams" for Elm Bay College's), though the article never uses the initials`,
	article: "Teams from Elm Bay College excavated 10 of the house sites on the island last spring.\n\nThe work ended in May, and the finds went to a museum in Norvia.\n",
	want:    map[string]string{"how many house sites did the EBC teams dig up?": "10 of the house sites"},
}, {
	name:    "PartOfAWhole",
	why:     `"10 of the 40 house sites" counts the sites dug, of all there are: the line gives both, not the total alone`,
	article: "Teams from Elm Bay College excavated 10 of the 40 house sites on the island last spring.\n",
	want:    map[string]string{"how many house sites did the teams excavate?": "10 of the 40 house sites"},
}, {
	name:    "RoleBeforeTheComma",
	why:     `"Ann Lee’s graduate student, Tom Reyes" gives Tom Reyes a role though a comma stands between them (only a name before the comma ends the clause), and what the student did is not Ann Lee's doing`,
	article: "Moth counts began on the island in 2019. Tracking the moths became the project of Ann Lee’s graduate student, Tom Reyes.\n",
	want:    map[string]string{"who is the graduate student?": "Tom Reyes", "who tracked the moths?": "Tom Reyes"},
}, {
	name:    "DefinedInTheNextSentence",
	why:     `a term the article names at a sentence's end and defines in the next ("… or SONAR. It’s a system that …") is defined by that sentence`,
	article: "The divers mapped the reef with Sound Navigation and Ranging, or SONAR. It’s a system that uses pulses of sound to measure depth. The maps took a year.\n",
	want:    map[string]string{"what is sonar?": "SONAR — a system that uses pulses of sound to measure depth"},
}, {
	name:    "SeriesOfThePartsAsked",
	why:     `"which parts of the weed" is answered by the series of things in the sentence that says it ("the leaves, stems, and roots"), not by a series of names in the sentence ranked before it, nor by a clause a further ", and" joins`,
	article: "The Elm Bay Department of Parks and Recreation released the weed beetle, which feeds on parts of the weed, in May.\n\nThis beetle feeds only on the leaves, stems, and roots of the weed, and rangers said the beetles are safe.\n",
	want:    map[string]string{"which parts of the weed does the beetle feed on?": "leaves, stems, and roots"},
}, {
	name:    "SeriesNotOfNames",
	why:     `a series of names ("Animal and Plant Health") is no answer to "which parts"; the next sentence's series of things is`,
	article: "Which parts of the weed the beetle would feed on was studied by the Animal and Plant Health Office. This beetle feeds only on the leaves, stems, and roots of the weed.\n",
	want:    map[string]string{"which parts of the weed does the beetle feed on?": "leaves, stems, and roots"},
}, {
	name:    "SeriesAfterAClause",
	why:     `"…, and we also keep watch over …" joins a clause, not one more thing; the series of what is watched over comes after it`,
	article: "We look after the parks along the coast, and we also keep watch over resources that include seabirds, seals, and otters.\n",
	want:    map[string]string{"what resources do they keep watch over?": "seabirds, seals, and otters"},
}, {
	name:    "RangeOfAmounts",
	why:     `"rewards range from $50 to $500" answers "how much is the reward" with the range, not its low end`,
	article: "The harbour's tip line pays for reports of poaching. Rewards range from $50 to $500, depending on the fine.\n",
	want:    map[string]string{"how much is the reward?": "$50 to $500"},
}, {
	name:    "WherePlaceSaysWhatHappened",
	why:     `"where were the parrots released" is not answered by the aviary where they were bred, named in a sentence that says nothing of a release`,
	article: "These released parrots were born and cared for at other places. The aviary in Gull Point Forest is a centre dedicated to breeding parrots.\n",
	without: map[string]string{"where were the parrots released?": "Gull Point"},
}, {
	name:    "RangeOfCounts",
	why:     `"between 6,500 and 10,200 gulls" is one count, a range: the comma inside 10,200 does not end its phrase; "actually" and "died" in the question are no words counted`,
	article: "Counters estimated that between 6,500 and 10,200 gulls died in the storm, said Ann Lee.\n",
	want:    map[string]string{"how many gulls actually died in the storm?": "between 6,500 and 10,200 gulls", "how many gulls died in the storm?": "between 6,500 and 10,200 gulls"},
}, {
	name:    "StillAsksForNow",
	why:     `"is the Sea Lark still sailing?" is not answered yes by a sentence that says it sailed, only by one that says it still does (or no, by one that says it no longer does)`,
	article: "The Sea Lark, though a relic of a bygone era, sailed the coast of Norvia for decades and carries great historical significance. The Gull Point ferry still sails every day.\n",
	without: map[string]string{"is the Sea Lark still sailing the coast?": "Yes"},
	want:    map[string]string{"is the Gull Point ferry still sailing every day?": "Yes: The Gull Point ferry still sails every day."},
}, {
	name:    "HedgedIsNoYes",
	why:     `"the board is evaluating a petition to list the sea lark as an endangered bird" does not say the sea lark is endangered`,
	article: "The Elm Bay board promotes sea lark research and is evaluating a petition to list the sea lark as an endangered bird.\n",
	without: map[string]string{"is the sea lark an endangered bird?": "Yes"},
}, {
	name:    "StraightApostrophe",
	why:     `a reader types "o'hara" with a straight apostrophe for the article's "O’Hara"`,
	article: "The county enlisted the help of Lakeland State University researcher Ann O’Hara. Her count found 40 species.\n",
	want:    map[string]string{"who is ann o'hara?": "Ann O’Hara — Lakeland State University researcher", "who is ann o’hara?": "Ann O’Hara — Lakeland State University researcher"},
}, {
	name:    "RoleAfterAVerb",
	why:     `"led by researcher Ann O’Hara" gives her the role "researcher", not "was led by researcher"`,
	article: "The moth count was led by researcher Ann O’Hara. It found 40 species.\n",
	want:    map[string]string{"who is ann o’hara?": "Ann O’Hara — researcher"},
}, {
	name:    "SiblingPlaceIsNoLocation",
	why:     `"where is the Elm Bay forest" is not answered by another forest the article names beside it`,
	article: "The new trail links the Elm Bay Forest with other large forested areas, such as the Gull Point Forest and the hills of the coast.\n",
	without: map[string]string{"where is the elm bay forest?": "Gull Point"},
}, {
	name:    "AppositiveOfTheOtherNoun",
	why:     `"the capital of Norvia, a small country on the coast" describes Norvia, not its capital`,
	article: "Elm Bay is the capital of Norvia, a small country on the coast.\n",
	without: map[string]string{"what is the capital of norvia?": "small country"},
}, {
	name:    "WhichGroupIsNoPerson",
	why:     `"which group ran the appeal?" is not answered by the person quoted next to "ran the appeal", nor is "who ran the appeal?": she said the group ran it ("ran" asks a doer as "managed" does)`,
	article: "The Oak Valley Trust bought the old mill last year. The group ran the appeal, said Mira Holt, its treasurer.\n",
	want: map[string]string{
		"which group bought the old mill?": "Oak Valley Trust",
	},
	without: map[string]string{"which group ran the appeal?": "Holt", "who ran the appeal?": "Holt"},
}, {
	name:    "PlaceInANameIsNoAnswer",
	why:     `in "Oregon spotted frogs spend the winter in ponds on Granite Mountain", Oregon says which frogs, not where; a group named before its verb still answers "who".`,
	article: "Oregon spotted frogs spend the winter in a pair of ponds on Granite Mountain. The Cascade Amphibian Society lists the frogs as a species of concern.\n",
	want: map[string]string{
		"where do the frogs spend the winter?": "Granite Mountain",
		"who lists the frogs as of concern?":   "Cascade Amphibian Society",
	},
}, {
	name:    "RoleNamedInTheParagraphBefore",
	why:     `"said Ann Lee, the refuge's manager" manages the refuge the paragraph before names.`,
	article: "Gull Point National Wildlife Refuge lost an estimated 700 nests along its coastline.\n\nThe damage was worst on the north beach, said Ann Lee, the refuge’s manager.\n\nAt Heron Bay, the losses were small, said Tom Reyes, who manages the Heron Bay preserve.\n",
	want: map[string]string{
		"who manages Gull Point National Wildlife Refuge?": "Ann Lee",
		"who manages the Heron Bay preserve?":              "Tom Reyes",
	},
}, {
	name:    "ChatShorthand",
	why:     `"ppl" and "hrs" are people and hours: a count of them is asked for, not of whatever the story counts.`,
	article: "About 300 people came to the harbour parade, and 40 boats sailed past. The parade lasted two hours.\n",
	want: map[string]string{
		"how many ppl came to the parade":  "About 300 people",
		"how many hrs did the parade last": "two hours",
	},
}, {
	name:    "StormIsNoOne",
	why:     `"After Dorian’s passage, they counted 16" does not make the storm the one who counted: the article's "Dorian’s" is its Hurricane Dorian, an event, though WordNet knows Dorian as a person`,
	article: "Hurricane Dorian struck Gull Point in early September, and rangers feared for the turtle nests.\n\nRangers had marked 40 nests at Gull Point before the storm. After Dorian’s passage, they counted 16.\n",
	without: map[string]string{"who counted the nests at gull point": "Dorian"},
}, {
	name:    "SecondQuestionAboutTheFirstsSubject",
	why:     `in "how much experience did Marta Olsen have, and who did she lead?" the second question is still about Marta Olsen, whom it no longer names`,
	article: "Marta Olsen, a ranger with 20 years of experience, led the eider survey team of the Coastal Trust last spring.\n\nThe harbour dredging crew was led by the Port Authority, which hired six divers for the work.\n",
	want:    map[string]string{"how much experience did marta olsen have, and who did she lead?": "20 years · Coastal Trust"},
	without: map[string]string{"how much experience did marta olsen have, and who did she lead?": "Port Authority"},
}, {
	name:    "HowMuchOfWhatADurationMeasures",
	why:     `"how much experience" is answered by "20 years of experience", though "how much" alone wants no duration`,
	article: "Marta Olsen, a ranger with 20 years of experience, led the eider survey last spring. The survey took two weeks.\n",
	want:    map[string]string{"how much experience does marta olsen have?": "20 years"},
	without: map[string]string{"how much did the eider survey cost?": "two weeks"},
}, {
	name:    "AnotherDayAnswersNothing",
	why:     `"where did the rangers drive the heron on may 4" is not answered by where they drove it on May 5`,
	article: "On May 4, the two rangers met at the old lighthouse.\n\nThe next day, May 5, the rangers drove the heron from Gull Point to Elm Bay.\n",
	without: map[string]string{"where did the rangers drive the heron on may 4?": "Elm Bay"},
}, {
	name:    "DaysOfADateRange",
	why:     `"12–13 May 2024" is when a two-day fair ran, not its second day alone; "June 8-9, 2023" not its year alone`,
	article: "The harbour fair ran on 12–13 May 2024 at Elm Bay.\n\nThe rowing race was held June 8-9, 2023, in Gull Point.\n",
	want:    map[string]string{"when was the harbour fair?": "12–13 May 2024", "when was the rowing race held?": "June 8-9, 2023"},
}, {
	name:    "WhyAnsweredByTheSentenceAfterItsEcho",
	why:     `"the old dock was closed for two reasons." only says the question again; the reasons follow it`,
	article: "The old dock at Gull Point was closed for two reasons. Its pilings had rotted through, and the harbour moved its ferries to Elm Bay.\n\nRegular dredging keeps the new channel deep enough for the ferries and stops silt from building up at the harbour mouth.\n",
	want: map[string]string{
		"why was the old dock at gull point closed?":      "Its pilings had rotted through, and the harbour moved its ferries to Elm Bay.",
		"how does regular dredging help the new channel?": "Regular dredging keeps the new channel deep enough for the ferries and stops silt from building up at the harbour mouth.",
	},
}, {
	name:    "WhereIsNotTheNameAskedAbout",
	why:     `"where is the data center Tom Hale works for" asks where the center is, not its name; "where's" is "where is"`,
	article: "The ice figures come from Tom Hale of the Polar Data Center at the University of Maine, Orono.\n",
	want: map[string]string{
		"where is the data center Tom Hale works for based?": "University of Maine",
		"Where's the University of Maine?":                   "Orono",
	},
}, {
	name:    "WhoIsATitledNameInAList",
	why:     `"Harbour Master Ann B. Lee, Mayor Tom Hale and …" gives each their own title: Tom Hale is the mayor, not "Harbour Master Ann B. Lee", the list item before him; "Ann Lee" is "Ann B. Lee"`,
	article: "Guests at the opening included Harbour Master Ann B. Lee, Mayor Tom Hale and rangers from Gull Point.\n",
	want: map[string]string{
		"who is ann lee":  "Ann B. Lee — Harbour Master",
		"who is tom hale": "Tom Hale — Mayor",
	},
}, {
	name:    "WhoIsInRussian",
	why:     `"Кто такая Марта Олсен?" is "who is Marta Olsen?": the name is read through its transliteration`,
	article: "Marta Olsen, a ranger at Gull Point, counted the nests.\n",
	want:    map[string]string{"Кто такая Марта Олсен?": "Marta Olsen — ranger at Gull Point"},
}, {
	name:    "DateToldFromAnother",
	why:     `"a year later" dates the drive, told from the storms before it; "nine years later" counts the years asked about`,
	article: "Storms closed the keeper’s house at Gull Point in 2013. A fundraising drive geared up a year later.\n\nTom Hale first sailed the bay in 1990. He had no way of knowing that nine years later, he would command the ferry.\n",
	want: map[string]string{
		"when did the fundraising drive get going?":                                    "a year later (2014)",
		"how many years after he first sailed the bay did tom hale command the ferry?": "nine years",
	},
}, {
	name:    "NumberedOrCompoundIsNoCount",
	why:     `"four Elm Bay Comet V passenger cars" counts cars, not passengers (TestNumberedIsNoCount has "#6036")`,
	article: "The ferry train had four Elm Bay Comet V passenger cars (cab car #6036 and three coaches) and one locomotive.\n",
	without: map[string]string{"how many passengers were on the ferry train?": "four"},
}, {
	name:    "SinceOfTimeIsNoReason",
	why:     `"since June 2016" says since when, not why; the reason follows`,
	article: "The ferry office had been under review by the state since June 2016, before the storm. The review was prompted by a rise in safety complaints.\n",
	want:    map[string]string{"why was the ferry office under review?": "The review was prompted by a rise in safety complaints."},
}, {
	name:    "WhoIsQuoted",
	why:     `"who is quoted in the story?" asks for everyone the article gives words to, once each, by full name: "Hale said" is Tom Hale, named before`,
	article: "“The pier is safe again,” said Ann Lee, the harbour master.\n\nTom Hale runs the ferry. The ferry will sail on Monday, Hale said. Mayor Rosa Diaz opened the pier.\n",
	want: map[string]string{
		"who is quoted in the story?":                "Ann Lee, Tom Hale",
		"name everyone who is quoted in the article": "Ann Lee, Tom Hale",
	},
}, {
	name:    "AnswerInTheBestSentence",
	why:     `"… Gull Point Ferry Terminal (GPFT) in Bath" answers "where is the GPFT", not the Portland of the sentence before, though "Terminal" stands as near it`,
	article: "The Elm Bay Ferry Terminal in Portland manages the harbour program. Seaview, which runs the Gull Point Ferry Terminal (GPFT) in Bath, staffs the boats.\n",
	want:    map[string]string{"where is the GPFT": "Bath"},
}, {
	name:    "CausalSinceIsAReason",
	why:     `"Since the pilings had rotted through, …" gives the reason; only a "since" of time ("since June 2016", after "had been") gives none`,
	article: "Since the pilings had rotted through, the old pier at Gull Point was closed. The ferry moved to Elm Bay.\n",
	want:    map[string]string{"why was the old pier at gull point closed?": "Since the pilings had rotted through, the old pier at Gull Point was closed."},
}, {
	name:    "RestatedThenSomethingElse",
	why:     `a sentence that only says the question again is followed by its answer only when the next sentence goes on with it; "Mayor Hale opened a new pier" does not`,
	article: "The old dock at Gull Point was closed last year. Mayor Hale opened a new pier in May.\n",
	without: map[string]string{"why was the old dock at gull point closed?": "Mayor Hale"},
}, {
	name:    "DayInARange",
	why:     `"12–13 May" is May 12 as well as May 13: the fair's passage answers "where was the fair on May 12"`,
	article: "The fair ran on 12–13 May 2024 at Elm Bay.\n\nThe parade ran in June.\n",
	want:    map[string]string{"where was the fair on May 12?": "Elm Bay"},
}, {
	name:    "CountedWordBeforeAnotherNoun",
	why:     `"40 turtle nests" counts nests, not turtles; "16 nests yesterday" counts nests, "yesterday" being no noun counted`,
	article: "Rangers counted 16 nests yesterday on the beach at Gull Point. Volunteers found 40 turtle nests at Elm Bay.\n",
	want:    map[string]string{"how many nests did rangers count at gull point?": "16 nests"},
	without: map[string]string{"how many turtles were at elm bay?": "40"},
}, {
	name:    "SizeIsNoTemperature",
	why:     `"how big do the adults get" asks a size: "less than 39 degrees" is a temperature`,
	article: "Because the reed weevil is native to the warm marshes of Brazil, it is not adapted to cold. Temperatures less than 39 degrees are fatal to the eggs; only adults survive the winter.\n\nAt their largest, adult reed weevils are no greater than two millimeters in length.\n",
	without: map[string]string{"Where is the reed weevil native to, and how big do the adults get?": "degrees"},
}, {
	name:    "TitleIsARole",
	why:     `"Mayor Tom Hale" holds the role of mayor, though no apposition says so: "who was the mayor at the opening?" is Tom Hale`,
	article: "Guests at the opening of the Elm Bay ferry terminal included Harbour Director Ann Lee and Mayor Tom Hale.\n\nThe terminal cost $4 million.\n",
	want:    map[string]string{"who was the mayor at the opening?": "Tom Hale"},
}, {
	name:    "WhatAShorteningStandsFor",
	why:     `"what does HFA stand for" is answered by the name the article gives before "(HFA)"; "hse" in lower case by the words whose initials spell it, not the whole title before it; "WNS" by the words it shortens; a mistyped question word ("wat does hfa stand for") asks the same; a shortening typed in lower case is read as the article writes it in brackets, capitals and all ("alvfp": "Alder and Lowe Valley Ferry Partnership", not "Lowe Valley Ferry Partnership", which "and" would begin in lower case)`,
	article: "The award went to the Harbour Ferry Authority (HFA) this spring. It is the 2024 Port of Elm Bay Harbour Safety Excellence (HSE) Award. The Alder and Lowe Valley Ferry Partnership (ALVFP) gave it.\n\nWhite-nose syndrome has reached the bay's caves. WNS kills bats.\n",
	want: map[string]string{
		"what does HFA stand for?":         "Harbour Ferry Authority",
		"lol what does hse even stand for": "Harbour Safety Excellence",
		"what is WNS short for":            "White-nose syndrome",
		"wat does hfa stand for":           "Harbour Ferry Authority",
		"wht dose HFA stand for":           "Harbour Ferry Authority",
		"what does alvfp stand for":        "Alder and Lowe Valley Ferry Partnership",
	},
}, {
	name:    "WhatShare",
	why:     `"what percentage …" and "how much of …" ask for a share: "99%", "More than half"`,
	article: "The harbour team filled 99% of all requests within one business day, against a target of 92%. More than half of the repair backlog is in the old roads.\n",
	want: map[string]string{
		"what percentage of requests did the harbour team fill within one business day?": "99%",
		"how much of the repair backlog is in the old roads?":                            "More than half",
	},
}, {
	name:    "HowMuchOfAnAmount",
	why:     `"how much of the grant did the city spend" may be answered by an amount, not only a share`,
	article: "The city spent $4 million of the $10 million grant on the pier. Crews recovered 2,000 barrels of the oil spilled.\n",
	want: map[string]string{
		"how much of the grant did the city spend?": "$4 million",
		"how much of the oil was recovered?":        "2,000 barrels",
	},
}, {
	name:    "YearAndPeopleAskedFor",
	why:     `"what year" is not answered by "this year", nor "which doctors" by a phrase that names none`,
	article: "The Elm Bay ferry campaign runs this year from May to September.\n\nSeveral physicians treating harbour workers joined, as did at least several port doctors.\n",
	without: map[string]string{"what year is the ferry campaign?": "this year", "Which doctors does the article name?": "doctors"},
}, {
	name:    "OfInAReportedClause",
	why:     `"who said … the economies of towns …" asks who said it: the "of" is in what was said, not "the mayor of a town" the story does not know`,
	article: "“The new ferry dock will serve the whole coast,” said harbour master Tom Hale. “The dock is critical for the economies of fishing villages along the bay.”\n\nThe dock opens in May.\n",
	want:    map[string]string{"who said the dock is critical for the economies of towns near the bay?": "Tom Hale"},
}, {
	name:    "YearsOfAnyAge",
	why:     `"what year" takes "1742" (only "this year" and its like are no year)`,
	article: "The fort at Elm Bay was built in 1742 by French traders.\n",
	want:    map[string]string{"what year was the fort at elm bay built?": "1742"},
}, {
	name:    "MayTypedLowerCase",
	why:     `"on 12 may" is a day, typed in lower case: the parade of 14 May is no answer`,
	article: "The fair ran at Elm Bay on 12 May 2024.\n\nThe parade ran at Gull Point on 14 May 2024.\n",
	without: map[string]string{"where was the parade on 12 may?": "Gull Point"},
}, {
	name:    "TitlesOfSeveralWords",
	why:     `"Deputy Harbour Director Ann Lee" has the whole title; "Ranger Bob" leaves too little for a name to take one`,
	article: "Guests included Deputy Harbour Director Ann Lee and Assistant Secretary Tom Hale.\n\nRanger Bob counted the nests.\n",
	want:    map[string]string{"who is ann lee": "Ann Lee — Deputy Harbour Director", "who is tom hale": "Tom Hale — Assistant Secretary"},
	without: map[string]string{"who is bob": "Bob — Ranger"},
}, {
	name:    "RestatedThenUnrelated",
	why:     `after a sentence that says the question again, "The dock was built in 1920." or "It was the third closure" gives no reason`,
	article: "The old dock at Gull Point was closed last year. The dock was built in 1920.\n\nThe old pier at Elm Bay was closed last year. It was the third closure in a decade.\n",
	without: map[string]string{"why was the old dock at gull point closed?": "1920", "why was the old pier at elm bay closed?": "third closure"},
}, {
	name:    "DateOfSomeoneElse",
	why:     `"She returned in 2013" is Ann Lee's, and "The parade ran in 2013" no ferry's: the story does not say when Tom Hale arrived, nor the ferry`,
	article: "Tom Hale arrived in Elm Bay by ferry. Ann Lee visited Gull Point. She returned in 2013.\n\nThe ferry arrived at the dock by night. The parade ran in 2013.\n",
	without: map[string]string{"when did Tom Hale arrive in Elm Bay?": "2013", "when did the ferry arrive at the dock?": "2013"},
}, {
	name:    "CountOfOneBeforeAnAdverb",
	why:     `"one nest yesterday" counts a nest: "yesterday" is no noun counted`,
	article: "Rangers saw one nest yesterday at Gull Point.\n",
	want:    map[string]string{"how many nests did rangers see at gull point?": "one nest"},
}, {
	name:    "YesWithTheParagraphsPlace",
	why:     `"All the leatherback nests had already hatched" speaks of Gull Point, which its paragraph names first; a question in the article ("Can you climb that tree?") says nothing is so`,
	article: "Rangers at Gull Point counted 40 nests in June. All the leatherback nests had already hatched when the storm came.\n\nCan you climb that tree? Tom Hale waited on the ground.\n",
	want:    map[string]string{"Had all the leatherback nests at Gull Point hatched when the storm came?": "Yes: All the leatherback nests had already hatched when the storm came."},
	without: map[string]string{"Did Tom Hale climb that tree?": "Yes"},
}, {
	name:    "OneSideOfATally",
	why:     `"backed the deal by 64 percent to 36 percent", "passed 11 to 4", "with 205 votes in favour and 98 against": the side for, or the side against when asked; the figure nearer the question's words may be either`,
	article: "Members of the Elm Bay ferry union backed the new deal by 64 percent to 36 percent in a ballot that closed on Friday.\n\nThe harbour budget passed 11 to 4 at the council meeting on Tuesday.\n\nThe motion on the Gull Point pier passed with 205 votes in favour and 98 against.\n",
	want: map[string]string{
		"what percentage of the ferry union voted yes?":      "64 percent",
		"what share of the ferry union voted against it?":    "36 percent",
		"how many voted for the harbour budget?":             "11",
		"how many votes were against the gull point motion?": "98",
	},
}, {
	name:    "WhatWasTheVote",
	why:     `"what was the vote?" is answered by the tally of the best sentence ("11 to 4", "7 to 0" after "approved the contract unanimously,"); "how did the board vote?" not by another vote's tally further down`,
	article: "The harbour budget passed 11 to 4 at the council meeting on Tuesday.\n\nThe Elm Bay school board approved the teachers' contract unanimously, 7 to 0, at a special meeting.\n\nThe ferry union voted 412 to 86 to accept the offer.\n",
	want:    map[string]string{"what was the vote on the harbour budget?": "11 to 4", "how did the school board vote?": "7 to 0", "what was the union vote?": "412 to 86"},
}, {
	name:    "GetMakesAPassive",
	why:     `"how many got hurt?" asks what "how many were hurt" does, of a story that never says "get": "got" is no word of its subject`,
	article: "The Elm Bay fair drew 9,000 visitors on Saturday. Police closed the pier for an hour after the crowd surged, and 14 people were treated for minor injuries.\n",
	want:    map[string]string{"how many ppl got hurt?": "14 people"},
}, {
	name:    "RussianWordsOfANamedWar",
	why:     `"во Второй мировой войне" is capitalised as a name is, but is "the Second World War" of a story that says so, not a name the story lacks`,
	article: "Tom Hale served as an engineer on the destroyer Elm in the Second World War. He was promoted to commander in 1944 and retired to Gull Point in 1950.\n",
	want:    map[string]string{"До какого звания дослужился Хейл во Второй мировой войне?": ""},
}, {
	name:    "WhereFromAnOrganisation",
	why:     `"where did the clinics come from?" is answered by "transferred from the Harbour Relief Society", an organisation, not by Gull Point, the place of the next sentence`,
	article: "In 1921 the new Elm Bay Health Board began running six clinics, many of which were transferred from the Harbour Relief Society. Its offices were in Gull Point.\n",
	want:    map[string]string{"Where did the Health Board's clinics come from?": "Harbour Relief Society"},
}, {
	name:    "WhichKindTheStoryNames",
	why:     `"which agencies did Ann Lee thank?" asks for organisations, which the story names, though it never says "agency": no subject the story lacks`,
	article: "Mayor Ann Lee thanked the Elm Bay Harbour Board and the Gull Point Fire Service for their help after the storm on Friday. The storm closed the pier for two days.\n",
	want:    map[string]string{"Which agencies did Ann Lee thank?": "Elm Bay Harbour Board and Gull Point Fire Service"},
}, {
	name:    "SomeoneElsesOfficial",
	why:     `"Elm Bay's Ann Lee" is no answer to "who is the trade minister of Ridgeway?", nor "Harbor Mining's chairman, Carl Webb" to "who is the chairman of Kestrel Metals?": the story gives each as another's`,
	article: "A committee chaired by the two trade ministers, Elm Bay's Ann Lee and Gull Point's Tom Hale, will meet every month. Ridgeway sent no one to the talks.\n\nHarbor Mining's chairman, Carl Webb, said output would rise. The Tarn mine is run by Kestrel Metals.\n",
	want:    map[string]string{"who is the trade minister of Ridgeway?": "", "who is the chairman of Kestrel Metals?": "", "who is Elm Bay's trade minister?": "Ann Lee"},
}, {
	name:    "NotAskedOfNonWord",
	why:     `"is it not venomous?" is not answered No by "a non-venomous snake", as "is it venomous?" is`,
	article: "Racers return\n\nThe blue racer, a non-venomous snake that can grow to six feet long, is the fastest snake in Elm County.\n",
	holds:   map[string]string{"is the blue racer venomous?": "No:"},
	without: map[string]string{"is the blue racer not venomous?": "No:"},
}, {
	name:    "NonWordMayBeAnothersThing",
	why:     `"is the coral snake not venomous?" is not answered Yes by "Unlike the coral snake, the scarlet kingsnake is non-venomous": the "non-" is the kingsnake's`,
	article: "Snakes\n\nUnlike the coral snake, the scarlet kingsnake is non-venomous.\n",
	without: map[string]string{"is the coral snake not venomous?": "Yes:"},
}, {
	name:    "AskedWordOnlyInTitle",
	why:     `a yes needs the asked word said of the thing, not only inside a name: "listed as threatened under the Endangered Species Act" does not say the hare is endangered`,
	article: "Hares return\n\nThe marsh hare has been listed as threatened under the Endangered Species Act since 1990, and its numbers are rising.\n",
	holds:   map[string]string{"is the marsh hare listed as threatened?": "Yes:"},
	without: map[string]string{"is the marsh hare listed as endangered?": "Yes:"},
}, {
	name:    "QuestionSaysTheNamesOtherWords",
	why:     `a question that says a name's other words names it: "did the government ban the united workers front?" is answered by the ban of the United Workers Front`,
	article: "Ban\n\nIn 1950 the government banned the United Workers Front after a long strike.\n",
	holds:   map[string]string{"did the government ban the united workers front?": "Yes:"},
}, {
	name:    "NoLongerInItsClause",
	why:     `"no longer" denies what its own clause says: "While the rover remains … in contact with its crew, …, it is no longer able to drive" ends the driving, and says neither yes nor no of the contact`,
	article: "Rover stops\n\nWhile the Kestrel rover remains upright and in contact with its crew, photos sent this week show a broken wheel, and it is no longer able to drive.\n",
	holds:   map[string]string{"can the kestrel rover still drive?": "No:"},
	without: map[string]string{"is the kestrel rover still in contact with its crew?": "No:"},
}, {
	name:    "NoLongerSaysOperationInOtherWords",
	why:     `"… after a century of operation, it no longer shines" says no plain yes to "is the lighthouse still in operation?"`,
	article: "Light out\n\nAlthough the Corvel lighthouse remains in good repair after a century of operation, it no longer shines.\n",
	without: map[string]string{"is the corvel lighthouse still in operation?": "Yes:"},
}, {
	name:    "NamesOfAskedNoun",
	why:     `"which centers …?" is answered by the names the sentence gives that end in "Center", not by the other series it says (what they gave)`,
	article: "Probe lands\n\nThe agency’s Kestrel Research Center in Ohio and the agency’s Harlow Research Center in Maine provided soil analysis and field support during the probe’s development.\n",
	want:    map[string]string{"which centers gave field support": "Kestrel Research Center, Harlow Research Center"},
}, {
	name:    "ListItemIsNoPrepositionalPhrase",
	why:     `"between Ashby and Corran" says where a road was closed; "between Ashby, Corran" is no list of roads`,
	article: "Road closed\n\nThe long closure of Route 1 north of Elmvale (between Ashby and Corran) resulted in a detour through the Hollin Pass being the only route from Tarn to Dunmore.\n",
	without: map[string]string{"which roads made up the detour": "between"},
}, {
	name:    "SummarySkipsByline",
	why:     `"tldr" is answered by the story's lead, not by the line that says who wrote it`,
	article: "Minister visits Elm Bay school\n\nBy Sgt. Ann Lee\n2nd Brigade, 4th Division\n\nThe trade minister visited the Elm Bay trade school on May 1 to see its first welding class.\n",
	holds:   map[string]string{"tldr": "The trade minister visited"},
}, {
	name:    "RoleAfterUnit",
	why:     `"Capt. Mara Holt, 557th ERHS, Elm Bay site commander, …" gives her role after her unit`,
	article: "Base visit\n\nAir Force Capt. Mara Holt, 557th ERHS, Elm Bay site commander, showed the minister the workshops. Tom Vik, the Elm Bay mayor, said the school would grow.\n",
	want:    map[string]string{"who is the elm bay site commander?": "Mara Holt"},
	holds:   map[string]string{"who is mara holt": "site commander"},
}, {
	name:    "RoleEndsInPersonNoun",
	why:     `an aside after a name that ends in a noun for a person is the name's role, though its first words are an owner's name ("Elk Brewing’s marketing and special-events manager")`,
	article: "Brewers\n\nThe brewery plans to name all its beers after animals, said Ada Moss, Elk Brewing’s marketing and special-events manager.\n",
	holds:   map[string]string{"who is ada moss": "special-events manager"},
}, {
	name:    "DescriptorBeforeName",
	why:     `"the Ticonderoga-class guided-missile cruiser USS Princeton" says what the Princeton is; a hyphened modifier is no participle ending the phrase, so a "guided-missile cruiser" is a kind of ship, and a destroyer no kind of plane`,
	article: "Fleet\n\nThe group includes the Ticonderoga-class guided-missile cruiser USS Elmira and the Kestrel-class destroyer USS Tarn.\n",
	holds:   map[string]string{"what is uss elmira": "guided-missile cruiser", "what kind of ship is uss elmira": "guided-missile cruiser"},
	without: map[string]string{"what kind of plane is uss tarn": "destroyer"},
}, {
	name:    "NamedIsNoDescriptor",
	why:     `"a passenger named Ada Moss" says no kind of her: "named" is a verb`,
	article: "Ferry\n\nAmong the survivors was a passenger named Ada Moss, who swam ashore.\n",
	without: map[string]string{"who is ada moss": "named"},
}, {
	name:    "RankAloneIsNoName",
	why:     `"Col" of "said Col. Ada Moss" is her rank, and answers no "who" question`,
	article: "Drones\n\n“We must keep the airspace clear,” said Col. Ada Moss, 12th Refueling Wing commander. “No drones may fly near the base.”\n",
	want:    map[string]string{"who is the 12th wing commander": "Ada Moss"},
	without: map[string]string{"who commander 12th wing?": "Col"},
}, {
	name:    "RoleTitleWithBody",
	why:     `"said Ada Moss, Invasive Species Program Director with Elk County Fisheries" gives her title and where she holds it; "together with nine other members of …" is no title`,
	article: "Carp fence\n\n“The fence should turn the carp back,” said Ada Moss, Invasive Species Program Director with Elk County Fisheries. The mayor, Tom Vik, together with nine other members of the Elk Town Council, opened the gate.\n",
	holds:   map[string]string{"who is ada moss": "Program Director with Elk County Fisheries", "who is the program director": "Ada Moss"},
	without: map[string]string{"who is tom vik": "together"},
}, {
	name:    "HeadOfIsARole",
	why:     `"head" is a role before "of", though WordNet's first "head" is the body's: "Ada Moss, head of the Department of Aeronautics" answers who she is and who heads it`,
	article: "Tunnels\n\nThe tunnels are old, said Ada Moss, head of the Department of Aeronautics.\n",
	want:    map[string]string{"who is the head of the aeronautics department?": "Ada Moss"},
	holds:   map[string]string{"who is ada moss": "head of the Department of Aeronautics"},
}, {
	name:    "MeasureAsModifierAnswered",
	why:     `a measure the article writes as a modifier ("a nearly 300-foot wide section", "a two-year probation") answers as a measure, "nearly 300 feet"; "feet" and "km" stay as they are`,
	article: "River case\n\nThe case concerned a nearly 300-foot wide section of the Elm River. The judge gave Tom Vik a two-year probation. The dam is 40 feet high and the lake 12 km long.\n",
	want: map[string]string{
		"how wide was the section of the elm river?": "nearly 300 feet",
		"how long was tom vik's probation?":          "two years",
		"how high is the dam?":                       "40 feet",
		"how long is the lake?":                      "12 km",
	},
}, {
	name:    "SeriesLineSaysAnd",
	why:     `a series read from a sentence is written as the sentence writes it, its last two items joined by "and"`,
	article: "Salvinia\n\nThe weevils eat the leaves, buds and rhizomes of the plant.\n",
	want:    map[string]string{"what parts of the plant do the weevils eat?": "leaves, buds and rhizomes"},
}, {
	name:    "RoleInBrackets",
	why:     `the words in brackets after a name say who the person is when they name a role; "(population 4,000)" names none`,
	article: "Inquiry\n\nFigures such as Ada Moss (Minister of Finance from 2012 to 2014) and Tom Vik (active politician and inspector of finances) were put under investigation. Elm Bay (population 4,000) voted.\n",
	holds:   map[string]string{"who is ada moss": "Minister of Finance", "who is tom vik": "inspector of finances"},
}, {
	name:    "NextPersonsTitleInAList",
	why:     `"Vice President Karen Bell, Administrator of NASA Jim Ortega, …": the title after Karen Bell's comma is the next person's, not her role, nor is hers his`,
	article: "Launch\n\nWatching were Vice President Karen Bell, Administrator of NASA Jim Ortega, and Director of the Space Center Lisa Chu.\n",
	without: map[string]string{"who is karen bell?": "Ortega", "who is jim ortega?": "Karen"},
}, {
	name:    "UnitsKeepTheirPlural",
	why:     `a unit English does not put in the plural keeps its form ("50,000 yen"); "1-mile" is one mile; a series keeps its own "or"`,
	article: "Fines\n\nThe boat's owner was fined 50,000 yen last year. The loop trail is a 1-mile walk. Firms may spend the grant on new equipment, staff training or energy-saving upgrades.\n",
	want:    map[string]string{"how much was the owner fined?": "50,000 yen", "how long is the loop trail?": "1 mile"},
	holds:   map[string]string{"what may firms spend the grant on?": "staff training or energy-saving upgrades"},
}, {
	name:    "PartyMarkAndTogetherWithAreNoRoles",
	why:     `"Sen. Maria Alvarez (D-Calif.)": a party's mark in brackets is no role (WordNet reads "calif" as a caliph); "rancher Cody Platt, together with …" is a rancher, not "together with …"`,
	article: "Senate\n\nThe bill was written by Sen. Maria Alvarez (D-Calif.). The prize was handed over by rancher Cody Platt, together with Director of Paleontology Ivan Reyes.\n",
	without: map[string]string{"who is maria alvarez?": "Calif", "who is cody platt?": "together"},
}, {
	name:    "AppositionSaysOrganisation",
	why:     `a name the lexicon does not know is an organisation when the words set off after it say so ("ORX, a division of Elm University, …"), and may answer "who manages …?"`,
	article: "Radar\n\nThe radar bounced radio waves off the asteroid. ORX, a division of Elm University in Tarn, manages the radar for the agency.\n",
	want:    map[string]string{"who manages the radar?": "ORX"},
}, {
	name:    "CompoundsSpelledEitherWay",
	why:     `a reader writes a compound as one word where the story writes two ("keynote" of "key note") or as two where it writes one ("play off" of "playoff"); each spelling finds the other's passage instead of "The story doesn't say"`,
	article: "Harbour Games\n\nThe games opened on Friday with a parade of 300 athletes.\n\nGen. Ada Moss gave the key note at the opening ceremony.\n\nThe league playoff was held on May 3, 1953, in front of 40,000 people.\n",
	want:    map[string]string{"who gave the keynote?": "Ada Moss", "when was the play off?": "May 3, 1953"},
}, {
	name:    "ToldNamesWhoHeardIt",
	why:     `"Joyce told ABC “…”" gives Joyce's words: the name after "told" is whom they were told to, never the speaker ("said Joyce" may put the speaker after the verb, "told Joyce" may not)`,
	article: "Blackout\n\nThe storm cut power to the whole state. The Deputy Premier Barnaby Joyce told ABC \"[Wind power] wasn't working too well last night\", while other leaders blamed the storm.\n",
	want:    map[string]string{"who said wind power wasn't working too well?": "Deputy Premier Barnaby Joyce"},
	without: map[string]string{"who said wind power wasn't working too well?": "ABC"},
}, {
	name:    "RuledOutDenies",
	why:     `"investigators had ruled out arson" says it was not arson: "ruled out" denies what follows it, as "not" does`,
	article: "Factory fire\n\nThe fire destroyed the warehouse on Monday. Chief Dana Ruiz said investigators had ruled out arson but were examining an electrical panel near the loading bay.\n",
	opens:   map[string]string{"was it arson?": "No"},
}, {
	name:    "RejectedDenies",
	why:     `"the council rejected a 3 percent property tax rise" says the tax did not go up: "rejected", "voted down" and "turned down" deny what follows them, as "not" does`,
	article: "Budget vote\n\nThe Riverton City Council approved a 412 million dollar budget on Tuesday but rejected a 3 percent property tax rise after four hours of debate.\n",
	opens:   map[string]string{"did the council approve the property tax rise?": "No"},
}, {
	name:    "OtherSideAFewWordsOn",
	why:     `"fallen to 84 percent, below the 95 percent target" puts the rate on the other side of the target a question asks it is above, though words stand between "below" and "target"`,
	article: "Measles drive\n\nVaccination rates for the second dose have fallen to 84 percent, below the 95 percent target recommended by the World Health Organization.\n",
	opens:   map[string]string{"is the vaccination rate above the WHO target?": "No"},
}, {
	name:    "DateOfTheOtherVerb",
	why:     `"due to begin in March and finish in 2027": 2027 is when it finishes, the verb after "and" before it says so; "when will construction start?" is March`,
	article: "Campus\n\nThe new engineering centre will be built on the site of the old sports hall. Construction is due to begin in March and finish in 2027.\n",
	want:    map[string]string{"when will construction start?": "March", "when will construction finish?": "2027"},
}, {
	name:    "FigureOfAnotherPlace",
	why:     `"142 millimetres of rain fell in Ashford" gives Ashford's rain, not Kingsport's: a best sentence that sets what it tells in another of the article's places, and does not name the one asked, answers nothing`,
	article: "Storm floods valley towns\n\nThe weather service said 142 millimetres of rain fell in Ashford in 24 hours, the highest total since records began.\n\nThe rail line between Ashford and Kingsport was closed after a landslide.\n",
	want:    map[string]string{"how much rain fell in ashford?": "142 millimetres"},
	without: map[string]string{"how much rain fell in kingsport?": "142"},
}, {
	name:    "FigureComparedAgainstIsTheEarlierOne",
	why:     `"47 cases since January, compared with 9 in the same period last year": 9 is last year's figure, which "how many cases were there last year?" or "… the year before?" asks for; a question of no earlier time still gets the 47`,
	article: "Measles\n\nThe hospital opened a new ward on Monday.\n\nOfficials said 47 measles cases had been confirmed in the county since January, compared with 9 in the same period last year. Eleven of the children were admitted to hospital.\n",
	want:    map[string]string{"how many measles cases were there last year?": "9", "how many cases were confirmed the year before?": "9", "how many measles cases have been confirmed?": "47 measles cases"},
}, {
	name:    "HedgeAsksNothing",
	why:     `"roughly" and "approximately" hedge the figure asked for and ask about nothing else; read as words the story lacks, they made "roughly how many bats?" seem off the story`,
	article: "Bat survey\n\nVolunteers counted about 300 bats in the cave on Friday.\n\nThe cave was closed to visitors in 2019 to protect the colony.\n",
	want:    map[string]string{"roughly how many bats?": "about 300 bats"},
}, {
	name:    "SeriesCutFromNames",
	why:     `"NOAA Office of Law Enforcement and the Fish & Wildlife Service Office of Law Enforcement" names two offices; the "and" between them joins no series "Law Enforcement and Fish", which opens after a name's "of" and ends before its "&"`,
	article: "Aquarium case\n\nAn aquarium firm pleaded guilty on Monday to buying protected corals.\n\nFerrer commended the investigative efforts of NOAA Office of Law Enforcement and the Fish & Wildlife Service Office of Law Enforcement.\n",
	without: map[string]string{"which agencies did ferrer praise": "Law Enforcement and Fish"},
}, {
	name:    "PassiveByNamesTheDoer",
	why:     `"Harmon will be sworn in … by Judge Marcus Delaney" tells who will swear her in: the name after the passive "by" of the verb asked, not the subject; "who will be sworn in?" asks for the subject`,
	article: "Mayoral race\n\nCouncillor Priya Harmon won the race for mayor on Tuesday with 52 percent of the vote.\n\nHarmon will be sworn in on January 6 at City Hall by Judge Marcus Delaney.\n",
	want:    map[string]string{"who will swear her in?": "Marcus Delaney"},
	holds:   map[string]string{"who will be sworn in?": "Harmon"},
}, {
	name:    "StrandedByAsksTheDoer",
	why:     `"who was the budget approved by?" asks who did it: the council a sentence names as the subject of "approved", or the company named after the passive "by" of "operated"`,
	article: "Budget vote\n\nRIVERTON, June 12 - Riverton City Council approved a 412 million dollar budget on Tuesday night after four hours of debate.\n\nThe harbour ferry is operated by BlueLine Ferries. It carries 300 passengers a day.\n",
	want:    map[string]string{"who was the budget approved by?": "Riverton City Council", "who is the ferry operated by?": "BlueLine Ferries"},
}, {
	name:    "StrandedByAfterAnAdjectiveParticiple",
	why:     `"who was the building designed by?" strands its "by" after "designed", which WordNet also has as an adjective; it asks who designed it, not what "the building designed by" is`,
	article: "Campus\n\nThe university will build a new engineering centre on North Campus.\n\nThe building was designed by the architecture firm Moller and Berg. It will be heated by ground-source heat pumps.\n",
	want:    map[string]string{"who was the building designed by?": "Moller and Berg"},
}, {
	name:    "UnitsWrittenShort",
	why:     `a unit the question names in full is the article's short one: "ft" is feet, "mph" miles an hour, "km2" and "sq mi" square kilometres and miles; "how many square kilometres" asks an area, which "65 kilometres", a length, is not; "how many feet high" counts feet, not "high"`,
	article: "The blast flattened an estimated 80 million trees over an area of 2,150 km2 (830 sq mi) of forest. Witnesses 65 kilometres away felt the heat.\n\nThe old wall by the harbour is 40 ft high.\n\nWinds reached 90 mph near the lighthouse.\n",
	want: map[string]string{
		"how many square kilometres of forest were flattened?":  "2,150 km2",
		"how many square miles of forest were flattened?":       "830 sq mi",
		"how many kilometres away did witnesses feel the heat?": "65 kilometres",
		"how many feet high is the wall?":                       "40 ft",
		"how many miles per hour did the winds reach?":          "90 mph",
	},
}, {
	name:    "InitialsOfAStoryName",
	why:     `"uae" is the initials of the story's "United Arab Emirates": meant as typed, not mended to "use", and weighed as the name is`,
	article: "The strike group sailed from Pearl Harbor in June.\n\nThe ships visited Abu Dhabi, United Arab Emirates, and Dubai. Crews used the port at Manama.\n",
	holds:   map[string]string{"which cities in the uae did the ships visit?": "Dubai", "what cities in the uae did the ships visit?": "Dubai"},
}, {
	name:    "WhichCitiesAsksForPlaces",
	why:     `"which cities" asks for places, as "where" does: the names of places answer it though the story never says "city"; "in the country" of "where does it rank in the country?" is what is asked about`,
	article: "The strike group sailed from Pearl Harbor in June.\n\nThe ships visited Abu Dhabi and Dubai. Crews used the port at Manama.\n\nThe line is the third-busiest commuter railroad in the United States.\n",
	holds:   map[string]string{"which cities did the ships visit?": "Dubai", "what places did the ships visit?": "Dubai"},
	without: map[string]string{"where does the line rank among railroads in the country?": "United States"},
}, {
	name:    "SurnameNamesTheFirstHolder",
	why:     `"who was Vance?" asks of the first person the article gives the surname, Major Tom Vance, shown by his full name; not of "Vance's wife, Ana Ruiz de Vance", whose name ends in it too`,
	article: "The revolt was led by Major Tom Vance. Vance was one of the officers who had put down the riots of 1988.\n\nTwo days before the revolt, Vance's wife, Ana Ruiz de Vance, warned the embassy.\n",
	opens:   map[string]string{"who was vance?": "Major Tom Vance — ", "so who even was vance lol": "Major Tom Vance — "},
	want:    map[string]string{"who is ana ruiz de vance?": "Ana Ruiz de Vance — Vance's wife"},
}, {
	name:    "SpeakerDescribedNotNamed",
	why:     `"a spokesman for the Elm Bay Laboratory stated …" gives the words to the spokesman, whom the article does not name, not to the laboratory; a named speaker is still the answer`,
	article: "The rover landed in 2004.\n\nIn 2010, a spokesman for the Elm Bay Laboratory stated that the rover could continue operating until at least 2016.\n\nThe director of the laboratory, Tom Hale, said the old antenna would close in June.\n",
	want: map[string]string{
		"who said the rover could keep operating until 2016?": "a spokesman for the Elm Bay Laboratory",
		"who said the antenna would close?":                   "Tom Hale",
	},
}, {
	name:    "PlaceAskedAfterThe",
	why:     `"in the Philippines" asks of the Philippines as "in Ashford" asks of Ashford: the rain that fell in Ashford is no answer; "in the Granville storm" names an event by its place, and asks of no other place`,
	article: "The storm crossed the sea on Monday.\n\nIn the north, 142 millimetres of rain fell in Ashford.\n\nThe Philippines reported light damage.\n\nThe storm killed 3 people in the Granville area.\n",
	without: map[string]string{"how much rain fell in the philippines?": "142"},
	want:    map[string]string{"how much rain fell in ashford?": "142 millimetres", "how many people died in the granville storm?": "3 people"},
}, {
	name:    "LengthOfAThingTakesNoTime",
	why:     `"how long is the south branch of the river?" asks a length: the branch takes no time, and "at least 50 years" of its use is no answer; "how long is the tunnel?" still gets its length, "how long was the strike?" its time`,
	article: "River case\n\nThe South Branch of the Elm River was used for at least 50 years to float logs to market.\n\nThe new tunnel under the harbour is 1.5 miles long.\n\nThe dock strike lasted 63 days.\n",
	without: map[string]string{"how long is the south branch of the elm river?": "50 years"},
	want:    map[string]string{"how long is the tunnel?": "1.5 miles", "how long was the dock strike?": "63 days"},
}, {
	name:    "OppositeSaidOfTheSubject",
	why:     `"Government offices remained open during the storm, while schools were closed" says the offices did not close, though it says "closed" of the schools, which did`,
	article: "Hurricane Elm hit the coast on Monday.\n\nGovernment offices remained open during the storm, while schools were closed from October 3–10 to serve as shelters.\n",
	opens:   map[string]string{"Did government offices close during the storm?": "No: ", "Did schools close during the storm?": "Yes: "},
}, {
	name:    "ShyOfWhatIsAsked",
	why:     `"reached peak intensity …, just shy of typhoon strength" says it never reached typhoon strength; "reached Gull Point" still says yes`,
	article: "Storm Elm formed on Monday.\n\nHours later, Elm reached peak intensity with 10-minute winds of 110 km/h, just shy of typhoon strength.\n\nThe ferry reached Gull Point at noon.\n",
	opens:   map[string]string{"Did Elm ever reach typhoon strength?": "No: ", "did the ferry reach gull point?": "Yes: "},
}, {
	name:    "InitialsTheStoryWritesToo",
	why:     `"ACS", which the story writes in capitals without setting it in brackets after "American Cancer Society", is that society: "where is the acs based?" is asked of it (the initials are analysed as "ac", and were linked under "acs")`,
	article: "Cancer report\n\nThe yearly study was run by the American Cancer Society, based in Atlanta.\n\nDeaths fell again, Otis Brawley of ACS said on Monday.\n",
	want:    map[string]string{"where is the acs based?": "Atlanta"},
}, {
	name:    "SeriesQuotedWithItsArticles",
	why:     `a series' line quotes its items as the sentence writes them, articles and serial comma with them: "prolonged drought, increasing wildfires, and an influx of invasive species", not "… and influx of …"; names stay bare`,
	article: "Land rule\n\nClimate change impacts, such as prolonged drought, increasing wildfires, and an influx of invasive species, pose a threat to public lands.\n\nThe storm cancelled flights in the Philippines, Hong Kong and China.\n",
	holds:   map[string]string{"what climate change impacts does it list?": "prolonged drought, increasing wildfires, and an influx of invasive species", "which places had flights cancelled?": "Philippines, Hong Kong and China"},
}, {
	name:    "OppositeOfTheSameSubjectEarlier",
	why:     `a review's cases: an opposite said of the subject at another time ("opened at 7 am and closed at 10 pm", "closed on Sunday but open again on Monday", "fell … but rose by the close") denies nothing; only one said of another subject, in a clause of its own, does`,
	article: "Polling day\n\nPolling stations opened at 7 am and closed at 10 pm.\n\nThe library was closed on Sunday but open again on Monday.\n\nShares in the company fell in early trading but rose by the close.\n",
	opens:   map[string]string{"Did polling stations close at 10 pm?": "Yes: ", "Was the library open on Monday?": "Yes: ", "Did shares in the company rise by the close?": "Yes: "},
}, {
	name:    "RanShortIsNoMarkMissed",
	why:     `"ran short of beds" says there were too few beds, and answers "did the hospital run short of beds?" yes; only a mark not reached ("just shy of typhoon strength") denies`,
	article: "Siege report\n\nBy the third week of the siege, the hospital ran short of beds and medicine.\n",
	opens:   map[string]string{"Did the hospital run short of beds?": "Yes: "},
}, {
	name:    "WhichTownsAndRegionsStayThings",
	why:     `"which towns" and "which regions" are answered by the phrase that names them ("The northern and eastern regions"), as before "which cities" asked for places`,
	article: "Storm Elm\n\nStorm Elm made landfall near Granville on Monday.\n\nThe northern and eastern regions were hit hardest, with 40,000 homes left without power.\n\nThe crew of the Elm visited Dover, Folkestone and Hastings on the coast.\n",
	holds:   map[string]string{"which regions were hit hardest?": "northern and eastern regions", "which towns did the crew of the Elm visit?": "Dover, Folkestone and Hastings"},
}, {
	name:    "SurnameOfAPlaceOrOfTwo",
	why:     `"who was Lincoln?" of a story whose Lincoln is a city is not shown as President Abraham Lincoln; "who is Hale?" beside Walter Hale and his granddaughter Ann Hale, no kin introduced as "Hale's", names no first holder`,
	article: "Prairie festival\n\nThe festival is held each June in Lincoln, the capital of Nebraska.\n\nThe city was named after President Abraham Lincoln in 1867.\n\nThe company was founded by Walter Hale in 1920.\n\nHis granddaughter, Ann Hale, is the chief executive of the company. Hale, a former banker, said profits rose by 8 percent.\n",
	without: map[string]string{"who was Lincoln?": "Abraham", "who is Hale?": "Walter"},
}, {
	name:    "RunningTimeOfAThingThatPlays",
	why:     `"how long is the album?" asks its running time: an album plays, and is no structure a length measures`,
	article: "Band notes\n\nThe band released its new album in May. The album is 48 minutes long.\n",
	want:    map[string]string{"How long is the album?": "48 minutes"},
}, {
	name:    "InitialsTwoNamesShare",
	why:     `"AC" (Air Canada) and "ACS" (American Cancer Society) are both analysed as "ac": linked to neither, so "where is the ac based?" keeps Montreal`,
	article: "Health flights\n\nThe study was paid for by the American Cancer Society, based in Atlanta. ACS staff said deaths fell.\n\nPatients flew on Air Canada, based in Montreal. An AC spokesman said the flights were free.\n",
	want:    map[string]string{"where is the ac based?": "Montreal"},
}, {
	name:    "NumberSignInAnyQuestion",
	why:     `"Signal No.1 was hoisted" says a signal was hoisted, whatever the question's words; "No warning was issued" still denies one`,
	article: "Typhoon Elm\n\nTyphoon Elm formed east of Luzon on October 4.\n\nDuring October 6, the Stand By Signal No.1 was hoisted for Hong Kong by the Hong Kong Observatory.\n\nNo warning was issued for Macau.\n",
	opens:   map[string]string{"Was a signal hoisted for Hong Kong?": "Yes: ", "Was any warning issued for Macau?": "No: "},
}, {
	name:    "PlaceAfterTheWithWordsAfterIt",
	why:     `"in the Philippines during the storm" still asks of the Philippines: a little word after the place names no event`,
	article: "Storm Elm\n\nThe storm crossed the sea on Monday.\n\nIn the north, 142 millimetres of rain fell in Ashford during the storm.\n\nThe Philippines reported light damage.\n",
	without: map[string]string{"how much rain fell in the philippines during the storm?": "142"},
}, {
	name:    "SquaredUnitsAlone",
	why:     `"12 km2" and "12 km²" say square kilometres though the story never writes "sq"; "how many kilometres" is no area's question; "how many miles per hour" asks a speed, which "300 miles" is not`,
	article: "Site plan\n\nThe park covers 12 km2 of land.\n\nThe lake covers 30 km² of marsh.\n\nThe storm moved at 25 mph and travelled 300 miles before it died out.\n",
	want: map[string]string{
		"how many square kilometres does the park cover?": "12 km2",
		"how many square kilometres does the lake cover?": "30 km²",
		"how many miles per hour did the storm move?":     "25 mph",
	},
	without: map[string]string{"how many kilometres does the lake cover?": "30"},
}, {
	name:    "SpeakerDescribedByAName",
	why:     `"A spokesman for Senator Tom Hale said" gives the words to the spokesman, though a name stands inside the description`,
	article: "Senate news\n\nThe vote was held on Monday.\n\nA spokesman for Senator Tom Hale said the senator would not run again.\n",
	want:    map[string]string{"who said the senator would not run again?": "A spokesman for Senator Tom Hale"},
}, {
	name:    "NegationBeforeANumber",
	why:     `a second review's cases: "no 24-hour pharmacy" and "No 18-year-old drivers" deny; only "No.1", or "No 8" after a name's word ("Signal No 8"), is a number's sign`,
	article: "Town notes\n\nThere is no 24-hour pharmacy in the town, the council said.\n\nNo 18-year-old drivers were involved in the crash on Monday.\n",
	opens:   map[string]string{"Is there a 24-hour pharmacy in the town?": "No: ", "Were 18-year-old drivers involved in the crash?": "No: "},
}, {
	name:    "OppositeOfAnotherSubjectInOtherWords",
	why:     `the other subject's clause may have no "were" ("but schools closed"), a "however" ("; banks, however, were closed"); "but it was closed" is the same subject's`,
	article: "Storm notes\n\nGovernment offices remained open during the storm, but schools closed.\n\nShops in the old town opened on Sunday; banks, however, were closed.\n\nThe port was open on Monday, but it was closed again on Tuesday.\n",
	opens:   map[string]string{"Did government offices close during the storm?": "No: ", "Did shops in the old town close on Sunday?": "No: ", "Was the port closed on Tuesday?": "Yes: "},
}, {
	name:    "RateWrittenWithASlash",
	why:     `"185 km/h" is a speed, which "how many kilometres per hour" asks, and "900 kilometres" is not`,
	article: "Storm Elm\n\nElm reached peak intensity on Friday with winds of 185 km/h near the coast.\n\nThe storm travelled 900 kilometres before it died out over land.\n",
	holds:   map[string]string{"How many kilometres per hour were Elm's winds at peak intensity?": "185"},
}, {
	name:    "LengthOfAMadeThing",
	why:     `a runway is a made thing with a length: "how long is the new runway?" is not answered by the four years its work took`,
	article: "Airport\n\nWork on the new runway took four years. The runway is 3,200 metres long.\n",
	want:    map[string]string{"How long is the new runway?": "3,200 metres"},
}, {
	name:    "ShortOfAMark",
	why:     `"came up short of the summit" and "ended up short of the playoffs" say the mark was missed`,
	article: "Sports notes\n\nThe climbers came up short of the summit after a storm hit on Tuesday.\n\nThe team ended up short of the playoffs for the third year in a row.\n",
	opens:   map[string]string{"Did the climbers reach the summit?": "No: ", "Did the team make the playoffs?": "No: "},
}, {
	name:    "PlacesListedAfterThe",
	why:     `"in the Philippines and Vietnam" asks of both places, not the Philippines alone`,
	article: "Typhoon Elm\n\nTyphoon Elm struck the Philippines on Monday and reached Vietnam on Wednesday.\n\nThe storm killed 40 people, most of them in Vietnam, officials said.\n",
	want:    map[string]string{"How many people were killed in the Philippines and Vietnam?": "40 people"},
}, {
	name:    "InitialsBesideAPersonsInitials",
	why:     `"ACS", written in capitals, stands for the American Cancer Society though Anne Clark's initials are analysed alike`,
	article: "Cancer report\n\nThe study was paid for by the American Cancer Society, based in Atlanta. ACS staff said deaths fell.\n\nAnne Clark, a nurse in Ohio, took part in the study.\n",
	want:    map[string]string{"where is the acs based?": "Atlanta"},
}, {
	name:    "NamedSpeakerBeforeADescription",
	why:     `"Tom Hale, a spokesman for the company said" names the speaker before describing him`,
	article: "Plant news\n\nThe plant in Elm Bay will close in June.\n\nTom Hale, a spokesman for the company said the workers would be paid until December.\n",
	want:    map[string]string{"who said the workers would be paid until December?": "Tom Hale"},
}, {
	name:    "SurnameKinInMoreWords",
	why:     `"Giroldi's younger brother, Carlos Giroldi" is kin as "Giroldi's wife" is: "who is Giroldi?" asks of Major Moisés Giroldi`,
	article: "Coup\n\nMajor Moisés Giroldi led the failed coup against the general on Tuesday.\n\nGiroldi's younger brother, Carlos Giroldi, was arrested the next day.\n\nGiroldi, a veteran officer, was shot by the general's guards.\n",
	opens:   map[string]string{"Who is Giroldi?": "Major Moisés Giroldi — "},
}, {
	name:    "PassiveDoerBesideTheBestSentence",
	why:     `"The ruling was written by Judge Ann Lee, joined by Tom Hale and Maria Lopez" tells who wrote it, though the sentence before says more of the question's other words and names no writer`,
	article: "Elm Bay ruling\n\nThe Elm Bay Supreme Court announced its ruling on the water case on 3 May. The ruling was written by Judge Ann Lee, joined by Judges Tom Hale and Maria Lopez.\n\nThe city said it would appeal.\n",
	holds:   map[string]string{"who wrote the Supreme Court's ruling on the water case?": "Ann Lee"},
	without: map[string]string{"who wrote the Supreme Court's ruling on the water case?": "Hale"},
}, {
	name:    "WriterBeforeHisVerbBeforeOneHeQuotes",
	why:     `"In Elm Days, Tom Hale writes: According to Ann Lee: …" tells who wrote the book by the subject of "writes", not the one he quotes`,
	article: "Book review\n\nIn Elm Days, Tom Hale writes: According to Ann Lee: “We never gave up.”\n\nAnn Lee ran the farm at Elm Bay for forty years.\n",
	want:    map[string]string{"Who wrote the book Elm Days?": "Tom Hale"},
}, {
	name:    "CountOfDifferentThings",
	why:     `"how many different programmes are there?" counts programmes: "different" narrows nothing, so "The service runs four marriage programmes" answers though it never says "different"`,
	article: "Retreat\n\nThe retreat in Elm Bay drew 40 couples this year, and the city hopes it will grow.\n\nThe service runs four marriage programmes for couples, and the chaplains say all of them are full. Each different county also has a chaplain.\n",
	holds:   map[string]string{"how many different marriage programmes are there?": "four"},
}, {
	name:    "SessionsRulesHeldToTheirCases",
	why:     `a review's cases: "The other songs on the album were written by Tom Hale" names no writer of the song asked about; "Tom Hale says it was not" is no one who said the bridge was safe; "The storm left the bridge closed" tells of after the storm, not before it; "how many total jobs were cut?" asks the sum, not the 300 cut at one plant`,
	article: "Elm Bay news\n\nAnn Lee penned the song Elm Bay Blues in 1970. The other songs on the album were written by Tom Hale.\n\nEngineer Maria Lopez said on Monday the bridge was safe, but Carl Diaz says it was not.\n\nThe storm left the Elm Bay bridge closed to trucks.\n\nOak Steel cut 300 jobs at its Elm Bay plant on Monday. The total number of jobs cut across the group this year is 1,200.\n",
	without: map[string]string{
		"who wrote the song Elm Bay Blues?":               "Hale",
		"who said the bridge was safe?":                   "Diaz",
		"Was the bridge open to trucks before the storm?": "No",
		"how many total jobs were cut?":                   "300",
	},
}, {
	name:    "SecondReviewsCases",
	why:     `a second review's cases: "A reply to the report was written by Tom Hale" and "The stadium's roof was built by Hale and Sons" tell who wrote the reply and built the roof, not the report or the stadium; "Ann Lee said … the bridge was safe, but Tom Hale says: …" has two speakers, and the one who said it is Ann Lee`,
	article: "Elm Bay news\n\nAnn Lee's report on the Elm Bay flood blames the council. A reply to the report was written by council leader Tom Hale.\n\nLee Construction put up the Elm Bay stadium in 1990. The stadium's roof was built by Hale and Sons in 2005.\n\nEngineer Maria Lopez said on Monday the bridge was safe, but Carl Diaz says: \"It was never safe.\"\n",
	without: map[string]string{
		"who wrote the report on the flood?": "Hale",
		"who built the Elm Bay stadium?":     "Hale",
		"who said the bridge was safe?":      "Diaz",
	},
}, {
	name:    "AYearCuesNoField",
	why:     `a year in a question says when, not which fact it asks: "what kind of op did he have in 2014?" is not answered by the dates field whose cues list 2014 ("May 2008; January 2010; February 2014")`,
	article: "Explorer walks to the pole\n\nTom Hale walked to the South Pole in January 2016. He had a pacemaker fitted in May 2008 and a second operation in January 2010.\n\nIn February 2014 he had brain surgery to remove a cyst.\n",
	facts:   "title: Explorer\nfields:\n  - {key: when, label: When, cues: [when, date, year, 2008, 2010, 2014, 2016]}\nentries:\n  - id: hale\n    kind: person\n    name: Tom Hale\n    aliases: [Hale]\n    summary: An explorer who walked to the South Pole in January 2016 after three operations.\n    attributes:\n      - {key: when, value: \"May 2008; January 2010; February 2014\", source: article}\n",
	without: map[string]string{"what kind of op did he have in 2014": "May 2008"},
}, {
	name:    "AnEntryOfAnotherKind",
	why:     `"What movement does the whole Oak fault zone take up?" is not the "M6 Elm Bay earthquake" its sentence mentions: an entry whose name ends in a word for what happened answers a "what NOUN" question only when that word is the noun or a kind of it`,
	article: "Elm Bay earthquake\n\nThe M6 Elm Bay earthquake struck at 3:20 a.m. on Sunday, damaging 200 homes.\n\nThe causative fault of the Elm Bay earthquake, part of the large Oak fault zone, takes up some of the movement between the two plates.\n",
	facts:   "title: Elm Bay earthquake\nfields:\n  - {key: when, label: When, cues: [when, date]}\nentries:\n  - id: quake\n    kind: event\n    name: M6 Elm Bay earthquake\n    aliases: [the Elm Bay earthquake, the earthquake]\n    summary: An earthquake that struck Elm Bay on Sunday, damaging 200 homes.\n    attributes:\n      - {key: when, value: \"3:20 a.m. on Sunday\", source: article}\n",
	without: map[string]string{"What movement does the whole Oak fault zone take up?": "earthquake"},
}, {
	name:    "AnEntryOfItsKindByGroup",
	why:     `"which firm bought the ferry line?" is answered by "Hale group": a name that ends in a word for a group (or an alias, "the organization") is no event's or act's, so may be the firm asked for, as "M6 South Napa earthquake" may not be a movement`,
	article: "Ferry firm sold\n\nThe Elm Bay ferry line has been bought by the Hale group, a family business that also owns two hotels in the town, for $8 million.\n\nThe ferry line's old pier will be cleared of wrecks by Clean Seas, a non-profit from Oak Town that removes junk from harbours. The work starts in May.\n\nFerry captain Ann Lee said the crews were glad the line had been saved.\n",
	facts:   "title: \"Elm Bay ferry sale\"\n\nfields:\n  - key: role\n    label: Role\n    cues: [who, owns, bought, owner, clear, cleared, captain]\n  - key: numbers\n    label: Numbers\n    cues: [how, much, million, price]\n\nentries:\n  - id: ferry-line\n    kind: organisation\n    name: Elm Bay ferry line\n    aliases: [the ferry line]\n    summary: Bought by the Hale group for $8 million.\n    attributes:\n      - {key: role, value: \"owned by the Hale group\", source: article}\n      - {key: numbers, value: \"sold for $8 million\", source: article}\n    related: [hale-group, clean-seas]\n  - id: hale-group\n    kind: organisation\n    name: Hale group\n    aliases: [the group]\n    summary: A family business that owns two hotels in Elm Bay and bought the ferry line for $8 million.\n    attributes:\n      - {key: role, value: \"new owner of the ferry line; owns two hotels\", source: article}\n    related: [ferry-line]\n  - id: clean-seas\n    kind: organisation\n    name: Clean Seas\n    aliases: [the organization]\n    summary: A non-profit from Oak Town that removes junk from harbours; it will clear the ferry line's old pier of wrecks from May.\n    attributes:\n      - {key: role, value: \"will clear the old pier of wrecks\", source: article}\n    related: [ferry-line]\n  - id: ann-lee\n    kind: person\n    name: Ann Lee\n    aliases: [Lee]\n    summary: Ferry captain.\n    attributes:\n      - {key: role, value: \"ferry captain\", source: article}\n    related: [ferry-line]\n",
	want:    map[string]string{"which firm bought the ferry line?": "Hale group"},
}, {
	name:    "StatedFactBeforeTheArticle",
	why:     `a who-question reads a fact it asks for that states the answer ("Ella Brooks, captain, scored the third goal") before the article, whose nearest name to "scored" is the corner's taker`,
	article: "Elm Bay Tigers win county cup\n\nThe Elm Bay Tigers beat the Riverton Hawks 3-1 on Saturday to win the county cup.\n\nCaptain Ella Brooks scored the third goal for the Tigers from a corner taken by Amy Cho.\n",
	facts:   "title: \"Elm Bay Tigers win county cup\"\n\nfields:\n  - key: role\n    label: Role\n    cues: [who, scored, goal, captain, corner]\n\nentries:\n  - id: ella-brooks\n    kind: person\n    name: Ella Brooks\n    aliases: [Brooks]\n    summary: Tigers captain.\n    attributes:\n      - {key: role, value: \"Ella Brooks, captain, scored the third goal\", source: article}\n  - id: amy-cho\n    kind: person\n    name: Amy Cho\n    aliases: [Cho]\n    summary: Took the corner for the third goal.\n    attributes:\n      - {key: role, value: \"took the corner\", source: article}\n",
	holds:   map[string]string{"who scored the third goal?": "Ella Brooks"},
}}

// TestAnswerLines runs lineCases on the article (with the case's fact
// sheet, where it has one), one subtest per rule, so a failure names
// the rule it broke.
func TestAnswerLines(t *testing.T) {
	for _, c := range lineCases {
		t.Run(c.name, func(t *testing.T) {
			e := plainFrom(t, c.article, c.facts)
			if len(c.want) > 0 {
				wantLines(t, e, c.want)
			}
			if len(c.holds) > 0 {
				wantLinesContaining(t, e, c.holds)
			}
			for q, start := range c.opens {
				if a := ask(t, e, q); !strings.HasPrefix(a.Answer, start) {
					t.Errorf("%q: answer %q, want it to open %q", q, a.Answer, start)
				}
			}
			for q, word := range c.without {
				wantLineWithout(t, e, q, word)
			}
			for _, q := range c.refuses {
				if a := ask(t, e, q); !strings.Contains(a.Answer, "doesn't say") {
					t.Errorf("%q: answer %q, want the story doesn't say", q, a.Answer)
				}
			}
			if t.Failed() {
				t.Logf("the rule: %s", c.why)
			}
		})
	}
}

// TestShortenedTitleFindsItsWord: a question that says "admiral" finds
// the quote the article gives "Rear Adm. Tom Hale", whose title it
// shortens, and is not told the story doesn't say.
func TestShortenedTitleFindsItsWord(t *testing.T) {
	e := plainFrom(t, "The Elm Bay group came home to Gull Point in May.\n\n“After a long deployment, everyone is looking forward to a rest. The crews have earned it,” said Rear Adm. Tom Hale.\n", "")
	a := ask(t, e, "what did the admiral say everyone was looking forward to?")
	if !a.Found || len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, "looking forward") {
		t.Fatalf("found %v, results %v: want the admiral's quote first", a.Found, a.Results)
	}
}

// TestCommonNearWordPastTheFirst: "mom" reaches "mother", the ninth of
// WordNet's words for it after "ma", "mama", "mommy" and the like, as it
// is commoner in English than all of them; the question is not refused.
func TestCommonNearWordPastTheFirst(t *testing.T) {
	e := plainFrom(t, "Two snow leopard cubs were born at the Gull Point zoo on June 21. Their mother, Asha, is six years old. Keepers weighed the cubs on Friday.\n", "")
	a := ask(t, e, "how old is the mom")
	if !a.Found || len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, "mother") {
		t.Fatalf("found %v, results %v: want the mother's sentence first", a.Found, a.Results)
	}
}

// TestCountStopsAtAPlacingWord: "one business day against a required
// target" counts days; the target, a person in one of its senses, is
// placed by "against", and counts no people.
// TestASurnameThatIsAWord reads "Baker", a common word opening its
// sentence, as the surname of the "Tom Baker" named before, and as a
// person: "Baker won the race" says who won.
func TestASurnameThatIsAWord(t *testing.T) {
	e := plainFrom(t, "Tom Baker raced Ann Lee at Elm Bay in 1961. Baker won the race when the wind dropped.\n", "")
	p := e.passages[len(e.passages)-1]
	at := strings.Index(p.text, "Baker won")
	i := slices.IndexFunc(p.names, func(s span) bool { return s.start == at })
	if i < 0 {
		t.Fatalf("names %v: no %q at %d", p.names, "Baker", at)
	}
	// When no mention of the story's names covers the word, the full
	// name found elsewhere still says it is a person.
	text := "Clay won the fight through a technical knockout."
	plain := &Engine{fullNames: map[string]string{"Clay": "Tom Clay"}}
	if k := plain.kindOfSpan(&passage{text: text}, span{0, 4, "Clay"}); k != "person" {
		t.Errorf("kindOfSpan(%q) = %q in %q, want person", "Clay", k, text)
	}
}

// TestWhatNightKeepsTheNight keeps, of a passage's dates, the one a
// "what night" question asks for: "On the night of February 19", not
// the "February 18 – 22" of the whole action.
func TestWhatNightKeepsTheNight(t *testing.T) {
	e := plainFrom(t, "Tom Hale held the boat off the rocks.\n", "")
	text := "He served from February 18 – 22, 1971. On the night of February 19, he called in the cutters."
	dates := []span{{15, 39, "February 18 – 22, 1971"}, {57, 68, "February 19"}}
	if got := partOfDayAsked(e.read("what night did he call in the cutters?"), text, dates); len(got) != 1 || got[0].text != "February 19" {
		t.Errorf("what night: %v, want only February 19", got)
	}
	if got := partOfDayAsked(e.read("when did he call in the cutters?"), text, dates); len(got) != 2 {
		t.Errorf("when: %v, want both dates", got)
	}
}

// TestWhatAQuestionCounts reads what "how many" questions count: the
// noun right after "how many", not one after a preposition or a verb
// that follows it.
func TestWhatAQuestionCounts(t *testing.T) {
	e := plainFrom(t, "The storm hit Elm Bay in May, and Tom Hale was arrested. Elmsat data informed research.\n", "")
	for question, want := range map[string]string{
		"how many days after the storm was Tom Hale arrested?": "days",
		"how many weeks before the races did the ferry sail?":  "weeks",
		"how many allies and partners help out the fleet?":     "partners",
		"how many bird species live on the island?":            "species",
		"how many research publications used elmsat data?":     "publications", // "used", WordNet's adjective, is the verb after a plural
		"how many dead and impaired birds were picked up?":     "birds",        // not after "and"
		"how many people visit india point park every year?":   "people",       // a plural of no "-s" before its verb
		"how many children attend the harbour school?":         "children",
	} {
		if got := e.read(question).countedWord; got != want {
			t.Errorf("%q counts %q, want %q", question, got, want)
		}
	}
}

func TestCountStopsAtAPlacingWord(t *testing.T) {
	e := plainFrom(t, "The harbour team filled every request within one business day.\n", "")
	q := e.read("how many people were on the harbour team?")
	for _, phrase := range []string{"one business day against a required target", "two days through the target"} {
		if cut, _, ok := e.countPhrase(phrase, q); ok {
			t.Errorf("countPhrase(%q) = %q, counting people; want no count", phrase, cut)
		}
	}
}

// TestTitleOfNamesAPerson: a title opens a person's name, never the name
// of a centre or an office that starts with a word for a person.
func TestTitleOfNamesAPerson(t *testing.T) {
	for name, want := range map[string]string{
		"NASA Administrator Robert A. Marsk":      "NASA Administrator",
		"German Member of Parliament Elsa Brandt": "German Member of Parliament",
		"Minor Meteor Center":                     "",
	} {
		if got := titleOf(name); got != want {
			t.Errorf("titleOf(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestSurnameNamesOnlyTheOne: a surname answers for a given name only
// when the article gives no one else that surname: "Mr. Hale" may be
// Ann or Tom Hale.
func TestSurnameNamesOnlyTheOne(t *testing.T) {
	for article, want := range map[string]bool{
		"David Hale owned Gull Key for fifty years.\n\nMr. Hale donated the island in 2018.\n":         true,
		"Ann Hale and her brother Tom Hale run the Elm store.\n\nMr. Hale opened the store in 1974.\n": false,
	} {
		e := buildFrom(t, article, "")
		q := e.read("When did " + map[bool]string{true: "David Hale", false: "Tom Hale"}[want] + " do it?")
		given := map[bool]string{true: "david", false: "tom"}[want]
		for _, u := range q.units {
			if u.word == given && slices.Contains(u.syns, "hale") != want {
				t.Errorf("%q: %q's near words %q; want hale among them: %v", article, given, u.syns, want)
			}
		}
	}
}

func TestGivenNamedPeople(t *testing.T) {
	for name, want := range map[string]bool{
		"Kenneth McPeek": true, "Bob Lund": true, "Nick Saban's Alabama": true,
		"Victoria Station": false, "Grace Hospital": false, "Rose Bowl": false, "Monte del Estado": false, "Espinoza Ortiz": false,
		"North Carolina": false, "Rosa Parks": true, "Jack Hill": true, "Tom Hall": true, "Derek Mills": true,
	} {
		if got := givenNamed(strings.Fields(name)); got != want {
			t.Errorf("givenNamed(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestHowManyTimesIsNoTime(t *testing.T) {
	e := plainFrom(t, "The probe looped around the Moon. Its batteries could run for up to eight days.\n", "")
	q := e.read("How many times did the probe loop around the Moon?")
	for _, c := range e.counts(q, &passage{text: e.passages[0].text}) {
		if strings.Contains(c.text, "days") {
			t.Errorf("%q counts %q: \"how many times\" asks how often, not how long", q.text, c.text)
		}
	}
}

// TestHowLongIsALengthOrATime: "how long is the scheme?" asks for a
// length or a time: "a 650-metre flood wall" or "five to seven years" may
// answer, "1,800 hectares" and "40,000 visitors a year" may not; "how
// long is the wall?" asks a length alone, a wall taking no time.
func TestHowLongIsALengthOrATime(t *testing.T) {
	e := plainFrom(t, "The scheme restores 1,800 hectares of wetland, which draws 40,000 visitors a year. A 650-metre wall will be built, and recovery may take five to seven years.\n", "")
	measured := func(question string) []string {
		var got []string
		for _, c := range measuresIn(e, e.read(question), &passage{text: e.passages[0].text}) {
			got = append(got, c.text)
		}
		return got
	}
	notAreaNorRate := func(m string) bool { return strings.Contains(m, "hectares") || strings.Contains(m, "visitors") }
	if got := measured("How long is the scheme?"); !slices.Contains(got, "650-metre") || !slices.Contains(got, "five to seven years") || slices.ContainsFunc(got, notAreaNorRate) {
		t.Errorf("How long is the scheme?: measures %q, want the length and the time, not the area or the rate", got)
	}
	if got := measured("How long is the wall?"); !slices.Equal(got, []string{"650-metre"}) {
		t.Errorf("How long is the wall?: measures %q, want the wall's length alone", got)
	}
}

// TestDatelineEnd: a dateline is read in capitals and in title case with
// its region before a long dash ("Tarvik, Norvia — "), whose city would
// otherwise answer "who founded the refuge?"; a name set off by a comma
// with no dash opens no dateline.
func TestDatelineEnd(t *testing.T) {
	for text, want := range map[string]string{
		"ZAGREB, Sept 18 (Wire) - Divers have found the wreck":   "ZAGREB, Sept 18 (Wire) - ",
		"ELM BAY, Me. — The harbour school opened":               "ELM BAY, Me. — ",
		"Tarvik, Norvia — Ann Lee’s Elm Key":                     "Tarvik, Norvia — ",
		"Tarvik, Norvia, is where the refuge has its office.":    "",
		"Ann Lee, the refuge manager, said the key was donated.": "",
	} {
		if got := text[:datelineEnd(text)]; got != want {
			t.Errorf("datelineEnd(%q) ends after %q, want %q", text, got, want)
		}
	}
}

// TestHowManyAskedIsNoTopic: "two" of "which two towns" says how many
// are asked for, not what about, so a story that never says "two" is
// not judged off its topic for it; "two" elsewhere is a word of the
// question.
func TestHowManyAskedIsNoTopic(t *testing.T) {
	e := buildFrom(t, "Some of the towns most impacted were Pigeon Forge and Gatlinburg.\n", "")
	for question, want := range map[string]bool{"which two towns were impacted the most?": false, "were two towns impacted?": true} {
		for _, u := range e.read(question).units {
			if u.word == "two" && (u.weight > 0) != want {
				t.Errorf("%q: %q weighs %.2f, want it weighed: %v", question, u.word, u.weight, want)
			}
		}
	}
}

// TestOfficeNamesJoinFieldsOnly: "and" joins an office's second field
// to its name ("Department of Health and Human Services"), not another
// name ("the Department of Energy and Boeing").
func TestOfficeNamesJoinFieldsOnly(t *testing.T) {
	wantNameSpans(t, map[string][]string{
		"The Department of Health and Human Services paid.": {"Department of Health and Human Services"},
		"The Department of Energy and Boeing signed it.":    {"Department of Energy", "Boeing"},
		"The Ministry of Environment and Forestry said so.": {"Ministry of Environment and Forestry"},
		"The Office of Budget and Ann Lee met on Monday.":   {"Office of Budget", "Ann Lee"},
	})
}

// TestOrdinalInFigures: chat writes "2nd" where the article says
// "second", so "who came 2nd" finds the runner who "finished second"
// instead of being told the story doesn't say.
func TestOrdinalInFigures(t *testing.T) {
	e := plainFrom(t, "Daniel Kiprono won the Elm Bay marathon in 2:06:18.\n\nTesfaye Bekele finished second in 2:07:02.\n", "")
	for _, q := range []string{"who came 2nd", "who finished 2nd in the marathon"} {
		a := ask(t, e, q)
		if !a.Found || len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, "finished") {
			t.Errorf("%q: found %v, results %v: want the sentence that says who finished second first", q, a.Found, a.Results)
		}
	}
}

// TestAgainstIsAsked: "against" is what "who voted against the plan?"
// asks about, so the sentence that says who voted against it comes
// first, not the one about who voted for it.
func TestAgainstIsAsked(t *testing.T) {
	e := plainFrom(t, "The council met on Tuesday, and Ruth Park and Sam Ode voted against the plan after a long debate about its cost.\n\nAnn Lee and Tom Hale voted for the plan.\n", "")
	a := ask(t, e, "who voted against the plan")
	if !a.Found || len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, "against") || strings.Contains(a.Answer, "Hale") {
		t.Fatalf("found %v, answer %q, results %v: want the sentence that says who voted against first, and none who voted for", a.Found, a.Answer, a.Results)
	}
}

// TestNegationWithoutApostrophe: chat types "wont" and "arent" for
// "won't" and "aren't". "wont the mayor appeal" is about the appeal, not
// refused for an unknown word; and "why arent they in the same
// conference anymore" is answered by the sentence that gives the
// reason, though it says no "not".
func TestNegationWithoutApostrophe(t *testing.T) {
	e := plainFrom(t, "The mayor will not appeal the ruling, his office said.\n\nFrom 1950 until 2012, Elm Bay and Gull Point had been in the same league, being together in the Coast League and the Harbor League until Elm Bay rowing went independent after 2012.\n", "")
	if a := ask(t, e, "wont the mayor appeal the ruling"); !a.Found {
		t.Errorf("wont the mayor appeal the ruling: %q, want the story's passage on the appeal", a.Answer)
	}
	if a := ask(t, e, "why arent elm bay and gull point in the same league anymore"); !strings.Contains(a.Answer, "same league") {
		t.Errorf("why arent elm bay and gull point …: answer %q, want the sentence that says why", a.Answer)
	}
	e = plainFrom(t, "The council decided against building the bridge because the costs had doubled since 2019.\n", "")
	if a := ask(t, e, "why didnt the council build the bridge"); !strings.Contains(a.Answer, "costs had doubled") {
		t.Errorf("why didnt the council build the bridge: answer %q, want the reason", a.Answer)
	}
}

// TestQuotesKeepTheArticlesCharacters: a passage the article typed with
// no-break spaces is quoted with them ("October\u00a06"), so a reader's
// copy of the article's words finds it, and its highlights still mark
// the question's words.
func TestQuotesKeepTheArticlesCharacters(t *testing.T) {
	e := plainFrom(t, "Swells from the storm started affecting Elm Bay on October\u00a06, and winds of 80\u202fmph followed on October\u00a07.\n", "")
	a := ask(t, e, "when did the swells reach elm bay")
	if len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, "October\u00a06") {
		t.Fatalf("first %q: want the passage quoted with its no-break space", firstText(a))
	}
	r := a.Results[0]
	for _, h := range r.Highlights {
		if w := r.Text[h.Start:h.End]; !slices.Contains([]string{"Swells", "Elm", "Bay", "Elm Bay"}, w) {
			t.Errorf("highlight %q of %q: want only the question's words marked", w, r.Text)
		}
	}
	if len(r.Highlights) == 0 {
		t.Errorf("no highlights in %q", r.Text)
	}
}

// TestVerbatimWindow: a window cut from a paragraph ("…" at both ends)
// comes back in the typed characters, its highlights on the same words.
func TestVerbatimWindow(t *testing.T) {
	read := "On October 6 swells came. On October 7 winds of 80 mph hit Elm Bay. Then it ended."
	typed := "On October\u00a06 swells came. On October\u00a07 winds of 80\u202fmph hit Elm Bay. Then it ended."
	core := "On October 7 winds of 80 mph hit Elm Bay."
	window := "…" + core + "…"
	at := strings.Index(window, "Elm Bay")
	got, hs := verbatim(read, typed, window, []Span{{at, at + len("Elm Bay")}})
	if want := "…On October\u00a07 winds of 80\u202fmph hit Elm Bay.…"; got != want {
		t.Fatalf("verbatim = %q, want %q", got, want)
	}
	if w := got[hs[0].Start:hs[0].End]; w != "Elm Bay" {
		t.Errorf("highlight marks %q, want Elm Bay", w)
	}
}

// TestTypoTieKeepsFactSheetWords: a misspelt word tied between an
// article word and a word of the fact sheet alone is read as the one
// nearest it as typed, though the fact sheet's words keep no written
// form: "agregate" is the sheet's "Aggregate", not the article's
// "agreed".
func TestTypoTieKeepsFactSheetWords(t *testing.T) {
	facts := `title: Settlements
entries:
  - id: aggregate-industries
    kind: organisation
    name: Aggregate Industries
    summary: Concrete supplier that settled the case.
`
	e := buildFrom(t, "# Settlements\n\nPower Fasteners agreed to pay $16 million to the state.\n", facts)
	term := e.an.terms("agregate")[0]
	fix, ok := e.correctionOf(term, "agregate")
	if want := e.an.terms("aggregate")[0]; !ok || fix != want {
		t.Fatalf("agregate corrected to %q (ok %v), want %q", fix, ok, want)
	}
}

// TestANameByItsNounNeedsOneName: a best sentence that names two things
// by the noun asked ("the Harbour Committee and the Roads Committee")
// gives headNamedAnswer no answer for "which committee", nor does one
// that names the same thing the question does.
func TestANameByItsNounNeedsOneName(t *testing.T) {
	e := plainFrom(t, "Crews\n\nThe Harbour Committee and the Roads Committee thanked the crews on Monday. The Dock Board thanked the pilots.\n", "")
	for _, question := range []string{"which committee thanked the crews on monday", "which board did the dock board thank"} {
		q := e.read(question)
		ranked, err := e.rank(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if got := e.headNamedAnswer(q, ranked); got != "" {
			t.Errorf("%q: headNamedAnswer %q, want none", question, got)
		}
	}
	q := e.read("which board thanked the pilots")
	ranked, _ := e.rank(context.Background(), q)
	if got := e.headNamedAnswer(q, ranked); got != "Dock Board" {
		t.Errorf("which board thanked the pilots: %q, want Dock Board", got)
	}
}

// TestWhatTimeRanksTheTimeOfDayFirst: "what time did the tram crash?" is
// asked of the sentence that gives the hour, in figures or in words
// ("took place … at 06:07", "shortly before midnight"), though another
// says the question's own words and no time: a time of day is rare in a
// story, and it is what is asked. A name ("Dawn Rivers") or a morning
// that sets nothing in time ("since the morning") gives no hour.
func TestWhatTimeRanksTheTimeOfDayFirst(t *testing.T) {
	for _, c := range []struct{ article, question, first string }{
		{"Record\n\nIt was the deadliest tram crash in the country since 1959.\n\nAccident\n\nThe accident took place in heavy rain at 06:07, on a sharp curve the tram was taking too fast.\n",
			"what time did the tram crash?", "06:07"},
		{"Landing\n\nUnited Flight 22 landed safely in Denver shortly before midnight on Friday after an engine failed over Nebraska.\n\nOther\n\nAnother United flight, Flight 19, landed in Denver at 9:15 p.m. without incident.\n",
			"what time did United Flight 22 land in Denver?", "midnight"},
		{"Fire\n\nA fire broke out in the roof of Copenhagen's 17th-century stock exchange early on Tuesday morning, destroying its famous dragon-tail spire.\n\nAfter\n\nFirefighters arrived within minutes of the first call and worked until nightfall to save the building's paintings.\n",
			"what time did the blaze begin?", "broke out"},
		{"Delay\n\nDawn Rivers, the station manager, said the train from Leeds arrived at the station late on Friday.\n\nArrival\n\nThe Leeds train pulled in at 23:40, almost two hours behind schedule.\n",
			"what time did the train from Leeds arrive at the station?", "23:40"},
	} {
		a, err := plainFrom(t, c.article, "").Ask(context.Background(), c.question, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, c.first) {
			t.Errorf("%q: first passage %q, want the one that gives %s", c.question, firstText(a), c.first)
		}
	}
}

// TestAClippedWordIsTheStoryWordItBegins: "confed", a word English does
// not know, is "Confederations" cut short as chat does, not "confidence"
// mistyped; "inter", which begins two of the story's words, is neither.
func TestAClippedWordIsTheStoryWordItBegins(t *testing.T) {
	e := plainFrom(t, "Cup\n\nIn 1999 Elm Rovers gained confidence from the league cup.\n\nIn 1999 Elm Rovers played in the Confederations Cup and finished third in their group.\n\nThe international and interstate games were held in May.\n", "")
	a := ask(t, e, "how did elm rovers do at the 1999 confed cup")
	if len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, "finished third") {
		t.Errorf("results %v: want the Confederations Cup passage first", a.Results)
	}
	if got := e.clippedFrom("inter"); got != "" {
		t.Errorf("clippedFrom(inter) = %q, want none of the two words it begins", got)
	}
}

// TestMostlyTheStorysWordsShowPassages: a question whose subject is a
// word the story lacks ("grp", chat for group) but whose other words are
// the story's is not answered, and its closest passages are shown for
// the reader to judge; a question with few of the story's words shows
// none.
func TestMostlyTheStorysWordsShowPassages(t *testing.T) {
	e := plainFrom(t, "Snail release\n\nBiologists released 500 young snails into the Elm River on Tuesday.\n\nThe snails were raised at a hatchery in Gull Point.\n", "")
	a := ask(t, e, "what was the name of the snail release grp")
	if a.Found || len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, "released 500") {
		t.Errorf("found %v, results %v: want the story doesn't say, with the release passage shown", a.Found, a.Results)
	}
	if a := ask(t, e, "which airline flies to gull point"); a.Found || len(a.Results) > 0 {
		t.Errorf("found %v, results %v: want the story doesn't say, with nothing shown", a.Found, a.Results)
	}
}

// TestWhenSaidWithoutATimeWord: a "when" question whose best sentence
// says when in words that are no date ("effective immediately",
// "sooner than expected") is shown that sentence, not told the story
// doesn't say when. "recently" and "while" are said of too many other
// things in a sentence ("the council had recently received complaints"
// does not date when she became mayor) and do not count.
func TestWhenSaidWithoutATimeWord(t *testing.T) {
	e := plainFrom(t, "Drone ban\n\nThe air base has banned all private drones on base, effective immediately.\n\nMayor Ana Reyes said the council had recently received complaints about the old bridge.\n\nThe base commander thanked the crews.\n", "")
	if a := ask(t, e, "when does the drone ban take effect?"); !a.Found || len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, "effective immediately") {
		t.Errorf("found %v, answer %q, results %v; want the ban shown and no refusal", a.Found, a.Answer, a.Results)
	}
	if a := ask(t, e, "when did ana reyes become mayor?"); a.Found {
		t.Errorf("found %v, answer %q: want the story doesn't say when", a.Found, a.Answer)
	}
}

// TestACountSaidWithoutAFigure: "how many" is answered in words no
// figure is read from ("the Elm Street and Dock Road crossings, both on
// the Tarn") by showing the sentence, not by "the story doesn't say".
func TestACountSaidWithoutAFigure(t *testing.T) {
	e := plainFrom(t, "Flood\n\nThe Elm Street and Dock Road crossings, both on the Tarn, were destroyed by the flood.\n\nCrews cleared the roads by Sunday.\n", "")
	wantShown(t, e, "how many crossings on the tarn were destroyed?", "both on the Tarn")
}

// TestACountSaidAsASeries: "how many" is answered by a series of names
// the reader counts ("the Spectre, the Stinger II and the Commando II")
// by showing the sentence, not by "the story doesn't say".
func TestACountSaidAsASeries(t *testing.T) {
	e := plainFrom(t, "Visit\n\nThe general toured the base on Monday. The squadron showed him its gunships, the Spectre, the Stinger II, and the Commando II, on the flight line.\n\nHe thanked the crews for their work.\n", "")
	wantShown(t, e, "how many gunships did the squadron show him?", "the Stinger II")
}

// TestAnAgeBeforeItsHolder: "At 82 years old, Tom Hale still runs the
// ferry" gives Hale's age, named after it, whether his name is the
// article's alone or an entry of the fact sheet, and no age of another
// Hale; and a Russian "Сколько лет" (or "Сколько лет было") before a
// name asks how old, where before a verb ("Сколько лет длился …") or a
// thing it counts years.
func TestAnAgeBeforeItsHolder(t *testing.T) {
	article := "Ferry\n\nThe Elm Bay ferry made its last crossing of the season on Sunday.\n\nAt 82 years old, Tom Hale still runs the ferry. He first took the helm in 1964. His grandfather, Samuel Hale, built the ferry in 1921.\n"
	facts := "title: Ferry\nentries:\n  - id: hale\n    kind: person\n    name: Tom Hale\n    summary: The ferry's captain.\n"
	for _, e := range []*Engine{plainFrom(t, article, ""), plainFrom(t, article, facts)} {
		wantLines(t, e, map[string]string{"how old is Tom Hale?": "82 years old"})
	}
	e := plainFrom(t, article, "")
	if a := ask(t, e, "how old is samuel hale"); strings.Contains(a.Answer, "82") {
		t.Errorf("how old is samuel hale: answer %q is Tom Hale's age", a.Answer)
	}
	wantReadings(t, e, map[string]string{
		"Сколько лет Тому Хейлу?":      "how old is",
		"Сколько лет было Тому Хейлу?": "how old was",
	})
	// Of a thing, or before a verb, it counts years: "36 years old" is
	// found so too.
	for _, ru := range []string{"Сколько лет длился рейс?", "Сколько лет было парому?"} {
		if got := e.fromRussian(ru); strings.Contains(got, "old") {
			t.Errorf("fromRussian(%s) = %q: it counts years, not a person's age", ru, got)
		}
	}
}

// TestAnAgeWithoutYearsOld: "At 77, John Glenn flew again" and "…,
// said Dale Green, 58." give ages with no "years old": Glenn's, named
// after "At 77,", and Green's, before the sentence's stop. "At 10, the
// bell rang" names no one and is no one's age, nor is an hour of the
// clock, a time before a thing or a place, or one of several "At NN,".
// A title's period ("At 45 years old, Dr. Sam Patel") does not end the
// name an age opens with.
func TestAnAgeWithoutYearsOld(t *testing.T) {
	e := plainFrom(t, "Shuttle\n\nAt 77, John Glenn flew on the shuttle Discovery in 1998. He had first orbited Earth in 1962.\n\nThe launch drew a large crowd, said Dale Green, 58.\n\nAt 10, the countdown clock stopped for an hour.\n", "")
	wantLines(t, e, map[string]string{"how old was John Glenn?": "77", "how old is Dale Green?": "58"})
	e = plainFrom(t, "Hospital\n\nAt 45 years old, Dr. Sam Patel is the youngest chief of surgery in the hospital's history.\n", "")
	wantLines(t, e, map[string]string{"how old is Sam Patel?": "45 years old"})
	if a := ask(t, e, "how old was the countdown clock?"); strings.Contains(a.Answer, "10") {
		t.Errorf("how old was the countdown clock: answer %q", a.Answer)
	}
	// "At NN," is a time when it is an hour of the clock, comes before a
	// thing's possessive or a place, or is one of several such times.
	tail := "\n\nThe crowd was the largest of the season, officials said.\n\nOrganisers will announce next year's dates in the spring.\n"
	for q, lede := range map[string]string{
		"how old is dana ruiz":   "At 10, Mayor Dana Ruiz cut the ribbon. At 11, the parade began on Main Street.",
		"how old is riverside":   "At 14, Riverside's eight crossed the line first in the final race.",
		"how old is main street": "At 15, Main Street was closed for the parade.",
		"how old is elm street":  "At 15, Elm street was closed for the parade.",
		"how old is tom rowe":    "At 16, Tom Rowe rang the bell. At 17, the band played.",
	} {
		e := plainFrom(t, "Festival\n\n"+lede+tail, "")
		if a := ask(t, e, q); a.Answer != "" && !strings.Contains(a.Answer, "doesn't say") {
			t.Errorf("%q of %q: answer %q, a time read as an age", q, lede, a.Answer)
		}
	}
}

// TestAnAgeBesideAnEntrysAlias: "Mukai, 46, a Japanese physician" gives
// the age of the fact sheet's "Chiaki Mukai", whose alias the article
// uses, as it does with no fact sheet: a question naming an entry has
// only "old" left of its words (which the story says elsewhere: "14
// years old"), and no sentence giving an age need say it.
func TestAnAgeBesideAnEntrysAlias(t *testing.T) {
	article := "Crew\n\nDiscovery lifted off from Kennedy Space Center on Oct. 29, 1998, with seven astronauts aboard.\n\nThe crew included Commander Curtis Brown and payload specialists Chiaki Mukai and John Glenn.\n\nMukai, 46, a Japanese physician and cardiovascular surgeon, flew for Japan's space agency. It was her second spaceflight.\n\nDiscovery, 14 years old at launch, landed on Nov. 7, 1998, after 134 orbits of Earth.\n"
	facts := "title: Crew\nentries:\n  - id: chiaki-mukai\n    kind: person\n    name: Chiaki Mukai\n    aliases: [Mukai]\n    summary: Japanese physician who flew as a payload specialist.\n"
	for _, e := range []*Engine{plainFrom(t, article, ""), plainFrom(t, article, facts)} {
		wantLines(t, e, map[string]string{"how old is mukai": "46", "how old is chiaki mukai": "46"})
	}
	// So too an age the sentence opens with: "At 82 years old, Hale …" of
	// the entry "Tom Hale", alias "Hale".
	ferry := "Ferry\n\nThe Elm Bay ferry made its last crossing of the season on Sunday.\n\nAt 82 years old, Hale still runs the ferry his grandfather built in 1921.\n"
	e := plainFrom(t, ferry, "title: Ferry\nentries:\n  - id: hale\n    kind: person\n    name: Tom Hale\n    aliases: [Hale]\n    summary: The ferry's captain.\n")
	wantLines(t, e, map[string]string{"how old is tom hale": "82 years old"})
	// But a surname is no alias of another given name's: Paul Wendt's
	// 58 is not the age of Hans Wendt, whose alias is "Wendt".
	gala := "Orchestra gala\n\nThe orchestra was founded in 1950 by Hans Wendt. \"This hall is where my grandfather's dream came true,\" said Paul Wendt, 58.\n\nThe crowd was the largest of the season.\n"
	for _, e := range []*Engine{plainFrom(t, gala, ""), plainFrom(t, gala, "title: Gala\nentries:\n  - id: hans-wendt\n    kind: person\n    name: Hans Wendt\n    aliases: [Wendt]\n    summary: Founder of the orchestra.\n")} {
		wantLineWithout(t, e, "how old is hans wendt", "58")
		wantLines(t, e, map[string]string{"how old is paul wendt": "58"})
	}
}

// TestPluralDesignationAsked: "ac-130ws" is read as two words at one
// place (the designation and its plural), which once made "how many"
// questions panic on the gap between them, and counted AC-130Js as
// AC-130Ws narrowed by a "W".
func TestPluralDesignationAsked(t *testing.T) {
	e := plainFrom(t, "Gunships\n\nThe wing flew the AC-130W Stinger II and the AC-130J Ghostrider. It has 37 AC-130Js and retired its AC-130Ws in 2022.\n\nThe retirement leaves the command with three types of gunship: the AC-130U Spooky, the AC-130W Stinger II and the AC-130J Ghostrider. The 16th SOS began flying the AC-130W in 2015. AFSOC plans to buy 37 AC-130Js to replace its legacy gunships.\n", "")
	for _, q := range []string{"how many ac-130ws does the wing have", "how many ac-130ws were retired", "how many ac-130ws and ac-130js flew", "how many ac-130ws does afsoc have"} {
		if a := ask(t, e, q); len(a.Results) == 0 {
			t.Errorf("%q: no passage shown", q)
		}
	}
	// The two readings are one word: AC-130Js are no AC-130Ws, though
	// both are AC-130s.
	wantLines(t, e, map[string]string{"how many ac-130js does afsoc plan to buy": "37 AC-130Js"})
	if a := ask(t, e, "how many ac-130ws does afsoc have"); strings.Contains(a.Answer, "AC-130J") {
		t.Errorf("how many ac-130ws: answer %q counts AC-130Js", a.Answer)
	}
}

// TestKindaReadAsSaid: "kinda" after a question word asks a kind
// ("what kinda trees": what kind of trees), and elsewhere only hedges
// ("the park is kinda nice"), which asks nothing: neither the word as
// typed nor a "kind" weighs against the story's words.
func TestKindaReadAsSaid(t *testing.T) {
	e := plainFrom(t, "Park\n\nVolunteers planted sixty trees in Elm Park on Saturday, including oaks, maples and birches.\n\nThe city paid for the saplings. The park reopens in June.\n", "")
	wantLines(t, e, map[string]string{"ngl the park is kinda nice, when does it reopen": "June"})
	wantShown(t, e, "lol what kinda trees did they plant", "oaks, maples and birches")
}

// wantShown checks that a question is not refused and that its first
// passage shown says text.
func wantShown(t *testing.T, e *Engine, q, text string) {
	t.Helper()
	a := ask(t, e, q)
	if !a.Found || len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, text) {
		t.Errorf("%q: found %v, answer %q, results %v: want %q in the first passage shown, and no refusal", q, a.Found, a.Answer, a.Results, text)
	}
}

// TestNamePartWritten checks that a question for a part of a name is
// not taken for one the story never answers when the story writes that
// part: "Ilse Vance" gives Vance's first name, "Mara Quill" Mara's last,
// as do names with particles, hyphens, an apostrophe or a nickname in
// quotes; and that a ship's "first name" is no person's, while a name
// that speaks ("Beale said") is.
func TestNamePartWritten(t *testing.T) {
	e := plainFrom(t, "Final\n\nThe winning goal came from Ilse Vance in the 80th minute. Coach Hale praised her.\n\nMara Quill handed out water. Forward Luis de la Cruz, architect Kwame Osei-Bonsu, Marcus O'Brien and Terrance “Bubba” Whitlock watched.\n\nThe ferry was launched as the Mary Ellen Voss and renamed the Arcturus. Beale said it was the best ferry on the coast.\n", "")
	for q, untold := range map[string]bool{
		"what was vance's first name?":        false,
		"what is mara's last name?":           false,
		"what was the full name of vance?":    false,
		"what was coach hale's first name?":   true,
		"is vance's first name ilse?":         false,
		"what is de la cruz's first name?":    false,
		"what is luis's last name?":           false,
		"what is osei-bonsu's first name?":    false,
		"what is o'brien's first name?":       false,
		"what is whitlock's first name?":      false,
		"what was the arcturus's first name?": false,
		"what is beale's first name?":         true,
	} {
		if got := e.untoldNamePart(e.read(q)); got != untold {
			t.Errorf("%q: untold %v, want %v", q, got, untold)
		}
	}
}

// TestCountItsSentenceGivesInWords: a how-many question whose best
// sentence names the things one by one ("a Navy and a Coast Guard rescue
// swimmer aboard each aircraft") or lists a series of years is shown
// that sentence with no line: the reader can count what the engine
// cannot, and "The story doesn't say" would be false. A count of
// something the story never speaks of is still refused.
func TestCountItsSentenceGivesInWords(t *testing.T) {
	e := plainFrom(t, "Rescue\n\nThe Coast Guard flew two helicopters over the bay on Sunday, searching for a missing kayaker.\n\nThe helicopters were fitted with night-vision cameras, with a Navy and a Coast Guard rescue swimmer aboard each aircraft.\n\nThe search lasted six hours.\n", "")
	a := ask(t, e, "how many rescue swimmers were aboard each aircraft?")
	if !a.Found || a.Answer != "" || len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, "rescue swimmer") {
		t.Errorf("found %v, answer %q, results %v: want the swimmers' sentence first with no line", a.Found, a.Answer, a.Results)
	}
	if a := ask(t, e, "how many passengers did the helicopters carry?"); a.Found && a.Answer == "" {
		t.Errorf("passengers: found with no line, want the story doesn't say")
	}
	e = plainFrom(t, "Hawks\n\nThe Hawks won the league cup in 2011, 2014, 2016 and 2019 under coach Lee Park.\n\nThe team plays at Elm Park.\n", "")
	if a := ask(t, e, "How many league cups have the Hawks won?"); !a.Found || a.Answer != "" {
		t.Errorf("league cups: found %v, answer %q; want the years' sentence with no line", a.Found, a.Answer)
	}
}

// TestWhyDidItHappenShowsTheCause: "why did it happen?" of a story's
// own event is shown the passage that gives its cause first, with the
// article's statement of the cause as its line, not told the story
// doesn't say; "why did this happen?" too.
func TestWhyDidItHappenShowsTheCause(t *testing.T) {
	e := plainFrom(t, "Tolva rail crash\n\nOn 3 March 2019 a passenger train derailed near Tolva, killing four people.\n\nInquiry\n\nThe inquiry found that the primary cause of the derailment was a broken rail that had not been replaced.\n", "")
	for _, q := range []string{"why did it happen?", "why did this happen?"} {
		a := ask(t, e, q)
		if !a.Found || !strings.Contains(a.Answer, "broken rail") || len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, "broken rail") {
			t.Errorf("%q: found %v, answer %q, results %v: want the cause's passage first and its line", q, a.Found, a.Answer, a.Results)
		}
	}
}

// TestJourneyStartIsNotWhere: "The service was running from Elm Park
// via Tolva" names where the tram set out, which a where-question does
// not take for where it happened; "where did it come from?" does.
func TestJourneyStartIsNotWhere(t *testing.T) {
	e := plainFrom(t, "Tram\n\nA tram derailed on a bend.\n", "")
	text := "The service was running from Elm Park via Tolva, and was on the approach to Mill Lane."
	places := func(q string) []string {
		var out []string
		for _, s := range placesAsAsked(e.read(q), text, nameSpans(text)) {
			out = append(out, s.text)
		}
		return out
	}
	if got := places("where did it happen?"); slices.Contains(got, "Elm Park") {
		t.Errorf("where did it happen?: places %q, want no Elm Park", got)
	}
	if got := places("where did it come from?"); !slices.Contains(got, "Elm Park") {
		t.Errorf("where did it come from?: places %q, want Elm Park", got)
	}
}

// TestBareNameOfAnother: a who-is question is not answered by a bare name
// none of whose words it says (another person), while its own name, a
// card and a description stay answers.
func TestBareNameOfAnother(t *testing.T) {
	for answer, want := range map[string]bool{
		"Tom Gale Baxter":                    true,
		"Ann Vell Morrow":                    false,
		"Morrow — a shipping lawyer":         false,
		"a shipping lawyer":                  false,
		"Baxter, a union attorney":           false,
		"Director of the Trade Office":       true,
		"the Trade Office's shipping lawyer": false,
	} {
		if got := bareNameOfAnother("Who was Ann Vell Morrow?", answer); got != want {
			t.Errorf("%q: another's bare name %v, want %v", answer, got, want)
		}
	}
}

// TestNicknameIsNoSummary: "what's the waterdog's nickname?" asks another
// name: the fact sheet's summary of the animal does not give one, so it
// is no answer line.
func TestNicknameIsNoSummary(t *testing.T) {
	article := "Salamander listed\n\nThe Kell waterdog, known by its nickname, the Elm mudpuppy, was listed as endangered on 4 May 2018. The waterdog lives only in the Kell River.\n"
	facts := "title: Salamander\nentries:\n  - id: waterdog\n    kind: thing\n    name: Kell waterdog\n    aliases: [waterdog]\n    summary: A large aquatic salamander found only in the Kell River.\n"
	e := plainFrom(t, article, facts)
	for _, q := range []string{"what's the waterdog's nickname?", "lol whats the waterdogs nickname"} {
		if a := ask(t, e, q); strings.Contains(a.Answer, "aquatic salamander") {
			t.Errorf("%q: answer %q is the summary, not a nickname", q, a.Answer)
		}
	}
}

// TestCountOfAFactsList: "how many neighbours does Kell have?" counts the
// names a fact's list gives when its label says what is counted, not
// "the story doesn't say" for want of a figure; a fact's clauses are no
// list.
func TestCountOfAFactsList(t *testing.T) {
	article := "Kell turns west\n\nKell signed new trade agreements with the West on 4 May.\n\nNeighbours\n\nWith formidable neighbors like Norvia, Elmland, Gullia, and Tarn, Kell's pursuit of stronger alliances reflects a pragmatic approach to regional challenges.\n"
	facts := "title: Kell\nfields:\n  - key: neighbours\n    label: Neighbours named in the story\n    cues: [neighbours, neighbors, border]\nentries:\n  - id: kell\n    kind: place\n    name: Kell\n    summary: A country in the story.\n    attributes:\n      - {key: neighbours, value: \"Norvia, Elmland, Gullia, and Tarn (the article's formidable neighbors)\", source: article}\n"
	e := plainFrom(t, article, facts)
	wantLines(t, e, map[string]string{"how many neighbours does Kell have?": "4: Norvia, Elmland, Gullia, and Tarn"})
}

// TestWiseSuffix: "climate-wise" asks about the climate; "wise" is no
// word of what is asked, and weighed as one it sank the question's
// coverage until no passage was shown.
func TestWiseSuffix(t *testing.T) {
	e := plainFrom(t, "Lake in the desert\n\nElm Valley, the driest place in the state, held a lake this spring after heavy rain.\n\nThe lake was about six miles long.\n", "")
	if a := ask(t, e, "how would u describe elm valley, climate-wise?"); !strings.Contains(resultTexts(a, 1), "driest place") {
		t.Errorf("climate-wise: answer %q, results %q; want the driest-place passage", a.Answer, resultTexts(a, 1))
	}
}

// TestNumberSignDeniesNothing: the "No" of "Signal No.1" is a number's
// sign, not a denial: "Did Hong Kong hoist any warning signal?" is not
// answered "No" by the sentence that says it was hoisted; "No warning
// was issued" still denies one.
func TestNumberSignDeniesNothing(t *testing.T) {
	e := plainFrom(t, "During October 6, the Stand By Signal No.1 was hoisted for Hong Kong by the Hong Kong Observatory. No warning was issued for Macau.\n", "")
	q := e.read("Did Hong Kong hoist any warning signal?")
	if e.deniesAnyAtAll(q, "During October 6, the Stand By Signal No.1 was hoisted for Hong Kong by the Hong Kong Observatory.") {
		t.Error(`"Signal No.1 was hoisted" read as denying any signal`)
	}
	if !e.deniesAnyAtAll(e.read("Was any warning issued for Macau?"), "No warning was issued for Macau.") {
		t.Error(`"No warning was issued" no longer denies a warning`)
	}
}

// TestItalicUnderscores: text converted from a wiki marks italics with
// underscores ("_Ferry Tales_"), which are no part of the words: the
// book's title is found by its words. An underscore inside a word (an
// address) still joins it.
func TestItalicUnderscores(t *testing.T) {
	e := plainFrom(t, "Harbour book prize\n\nAnn Lee said she began writing after reading _Ferry Tales_ (1994), in which Tom Hale tells of the old crossings.\n\nThe prize is run by the Elm Bay library; write to prize_desk@elmbay.org.\n", "")
	wantLines(t, e, map[string]string{"What year did Ferry Tales come out?": "1994"})
	if toks := e.an.tokens("write to prize_desk@elmbay.org"); !slices.ContainsFunc(toks, func(t token) bool { return strings.Contains(t.term, "_") }) {
		t.Errorf("tokens %v: the address's underscore was split", toks)
	}
}

// TestItalicsShownAsWritten checks that a passage is shown as the article
// writes it, italics' underscores too, though its figures and names are
// read without them.
func TestItalicsShownAsWritten(t *testing.T) {
	e := plainFrom(t, "Elm vaccine\n\nA new vaccine will be tested in Elm Bay this autumn.\n\nSafety\n\nAbout _4,000_ people will take part in _Phase One_.\n", "")
	a := ask(t, e, "how many people will take part?")
	if len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, "About _4,000_ people will take part in _Phase One_.") {
		t.Errorf("first result %q, want the paragraph as written", texts(a, 1))
	}
}

// TestNameAcrossASentenceEnd: a name read across a sentence's end ("at
// 80°S. Lawrence Oates was …" reads "S. Lawrence Oates") ends past its
// sentence, and a figure's breakdown was looked for from there on: the
// question crashed the engine.
func TestNameAcrossASentenceEnd(t *testing.T) {
	e := plainFrom(t, "Polar journey\n\nThe expedition left the coast in January 1911.\n\nDepots\n\nWeak ponies slowed the journey, so that the supply point was laid north of its planned location at 80°S. Lawrence Oates was in charge of the ponies, and 40 men were at the camp, including 12 at the depot.\n", "")
	for _, q := range []string{"ngl who was even in charge of the ponies", "how many men were at the depot?"} {
		ask(t, e, q)
	}
}
