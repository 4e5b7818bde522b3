import type { LanguageDescriptor, PageWords } from './types';

/**
 * English, as the region's English-language press writes about leaders (VNA/VietnamPlus, Việt Nam
 * News, VnExpress International, Xinhua, Khmer Times, wire services): "Prime Minister Pham Minh
 * Chinh", later "Chinh", "the Vietnamese PM", "he"; datelines "HANOI, Dec 1 (VNA) —"; dates "on
 * December 1", "Dec. 1, 2025", "1 December 2025", "on Monday".
 */
export const enPageWords: PageWords = {
  code: 'en',
  functionWords: ['the', 'and', 'of', 'to', 'in', 'with', 'on', 'for', 'was', 'said', 'that', 'at', 'by', 'his', 'her', 'has', 'is', 'also', 'from', 'as'],

  letters: '',
  honorifics: [
    'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.',
    // "Madam Ngan", "Mdm Halimah": a woman's style as Singapore's and Malaysia's press print it.
    'Madam', 'Madame', 'Mdm', 'Mdm.', 'comrade', 'Comrade', 'H.E.', 'His Excellency', 'Her Excellency',
    'General', 'Gen.', 'Senior General', 'Lieutenant General', 'Lt. Gen.', 'Samdech', 'Samdech Techo', 'Samdech Thipadei',
    'Samdech Moha Bovor Thipadei', 'Samdech Moha Borvor Thipadei', 'Dato', "Dato'", 'Datuk', 'Datuk Seri', 'Dato Seri', 'Tan Sri', 'Prof.', 'Professor', 'Sheikh', 'Sheikha',
    // The Malay styles with the apostrophe as the press sets it, straight or curly ("Dato’ Seri Mohamed Khaled Nordin").
    "Dato' Seri", 'Dato’', 'Dato’ Seri', "Dato' Sri", 'Dato’ Sri', 'Datuk Sri', 'Dato Sri',
    // The higher grade of the style, and the Malay style of one who has made the pilgrimage
    // ("Dato’ Seri Utama Haji Mohamad bin Haji Hasan", as Malaysia's government writes its ministers).
    "Dato' Seri Utama", 'Dato’ Seri Utama', 'Datuk Seri Utama', 'Haji', 'Hajah',
    // "His Excellency" abbreviated with a space, as Japan's and Cambodia's ministries print it ("with H. E. Mr. Prak Sokhonn").
    'H. E.',
    // A retired officer's rank ("H.E. Gen(ret) Prayut Chan-o-cha", "Major-General (rtd)").
    'Gen(ret)', 'Gen (ret)', 'Gen.(ret)', 'Gen. (ret)', 'Gen (retd)', 'Gen. (retd)', 'Gen (rtd)', 'Gen. (rtd)',
    // "Senator Penny Wong", "Senator Wong": an Australian or U.S. minister who sits in the Senate.
    'Senator',
    // The Commonwealth's style of a minister, as Japan's ministry and Canberra print it ("held a
    // telephone talk with the Hon. Malcolm Turnbull, MP, Prime Minister of Australia").
    'Hon.', 'Hon',
    // "President of the Kyrgyz Republic, Honorable Sadyr Japarov", as Central Asian and South Asian offices write it.
    'Honorable', 'Honourable',
    // "Governor-General Dame Cindy Kiro", "Sir Keir Starmer": the British and Commonwealth knighthoods, before a given name.
    'Sir', 'Dame',
    // "at the invitation of His Majesty Sultan Ibrahim": royal styles, before a monarch's title or name.
    'His Majesty', 'Her Majesty', 'His Royal Highness', 'Her Royal Highness', 'His Highness', 'Her Highness', 'HRH',
  ],
  shortFormNeedsHonorific: false,
  qualifierWords: ['of', 'the', 'for', "'s"],
  placeNounsBefore: [],
  // "Ho Chi Minh City", "Quezon City": a city named after a leader is not the leader.
  placeNounsAfter: ['Street', 'St', 'Road', 'Avenue', 'Boulevard', 'Bridge', 'Square', 'High School', 'Lane', 'Alley', 'City'],
  headlineWords: [
    'meets', 'holds', 'receives', 'hosts', 'welcomes', 'greets', 'visits', 'calls', 'phones', 'talks', 'speaks', 'says',
    'tells', 'urges', 'pledges', 'vows', 'affirms', 'reaffirms', 'stresses', 'emphasises', 'emphasizes', 'underlines',
    'highlights', 'hails', 'lauds', 'praises', 'thanks', 'congratulates', 'expresses', 'proposes', 'suggests', 'seeks',
    'wants', 'hopes', 'wishes', 'invites', 'asks', 'agrees', 'signs', 'sends', 'offers', 'accepts', 'attends', 'arrives',
    'begins', 'starts', 'ends', 'concludes', 'wraps', 'joins', 'leads', 'chairs', 'co-chairs', 'discusses', 'backs',
    'supports', 'discuss', 'hold', 'meet', 'agree', 'vow', 'pledge', 'sign', 'talk', 'and', 'with', 'in', 'on', 'at', 'to', 'for', 'of',
    'as', 'after', 'during', 'amid', 'ahead', 'over', 'via', 'by', 'from',
  ],
};

/** "1st" to "99th": the round of a standing meeting, written in figures. */
const NUMBERED_ROUNDS = Array.from({ length: 99 }, (_, i) => {
  const n = i + 1;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
});

/** The whole English descriptor: the words the page reads and the corpus engine's tables. */
export const en: LanguageDescriptor = {
  ...enPageWords,
  // Left empty: "the Senior General" for Myanmar's commander-in-chief found a meeting on the tune
  // half and made an extra one on the test half (P below its floor), so English ranks wait for
  // articles that show which is right; the engine reads them when listed (vi lists its ranks).
  rankAnaphors: { ranks: [], determiners: ['the', 'The'] },
  asideMarkers: ['i.e.', 'or', 'also known as'],
  pronouns: ['he', 'she', 'him',
    // A monarch's style standing for the monarch named before: "Following the audience ceremony, His Majesty held a bilateral meeting with …".
    'his majesty', 'her majesty'],
  firstPersonPronouns: ['I'],
  groups: [
    'they', 'the two leaders', 'both leaders', 'both sides', 'the two sides', 'the leaders', 'the two officials', 'both officials',
    'the two ministers', 'the two heads of state', 'the two heads of government', 'the two parties',
    // "The pair then had a one-on-one meeting", "The pair discussed …".
    'the pair', 'the duo',
    // The reception's two sides as Vietnam's English press writes them: "Host and guest affirmed …".
    'host and guest', 'both host and guest', 'the host and guest', 'the host and the guest',
    // A joint statement's plural title for the pair it is about: "The Prime Ministers reaffirmed …".
    'the prime ministers', 'the presidents', 'the foreign ministers', 'the ministers', 'the heads of state', 'the heads of government',
    'the premiers',
  ],
  groupQualifiersAfter: ['of'],
  groupCounters: ['the two', 'both', 'both the', 'the three'],
  leaderNounCountryLinkers: ['of'],
  counterSubjects: ['the two', 'both'],
  counterSubjectAdverbs: ['last', 'first', 'previously', 'recently', 'had', 'have', 'also', 'then', 'later', 'earlier', 'jointly'],
  counterSubjectVerbs: [
    'met', 'held', 'had', 'spoke', 'talked', 'discussed', 'agreed', 'exchanged', 'expressed', 'noted', 'affirmed', 'reaffirmed',
    'stressed', 'emphasised', 'emphasized', 'underlined', 'highlighted', 'pledged', 'vowed', 'welcomed', 'shared', 'reviewed',
    'signed', 'committed', 'praised', 'hailed', 'called for', 'urged', 'underscored', 'voiced', 'reiterated', 'acknowledged',
  ],
  // Not "the leaders of the two countries": English tells a meeting's pair as "the two leaders", and
  // this phrase names the countries' leaders at large ("agreements reached by the leaders of …").
  groupTitleCounters: [],
  pairWords: ['two', 'both', 'pair'],
  pairPossessives: ['their'],
  appositionTitleOpeners: ['the'],
  appositionTitleLinkers: ['of', 'the', 'and', 'for', 'on', 'in'],
  groupTitles: [
    'prime ministers', 'pms', 'presidents', 'general secretaries', 'party chiefs', 'foreign ministers', 'ministers',
    'top legislators', 'chairmen', 'leaders', 'heads of state', 'premiers', 'defence ministers', 'defense ministers',
    // "The two comrades expressed …": party officials' pair, as the Party's own English writes it.
    'comrades',
    // "the two state leaders had a bilateral meeting", as the Philippine press writes heads of state.
    'state leaders',
    // The pair by what they do: "The two diplomats agreed …", "The two FMs shared the view …", "The
    // two defence chiefs agreed …", "The two government leaders rejoiced …".
    'diplomats', 'fms', 'defence chiefs', 'defense chiefs', 'government leaders', 'heads of government',
    // Monarchs in pairs: "The two kings then held a meeting" (a sultan and a king), "the two monarchs":
    // no singular below, as a king, a sultan or an emperor is each of them.
    'kings', 'monarchs',
  ],
  titleCountryLinkers: ['of'],
  pluralTitles: {
    'prime ministers': 'prime minister', pms: 'pm', premiers: 'premier', presidents: 'president', 'general secretaries': 'general secretary',
    'party chiefs': 'party chief', 'foreign ministers': 'foreign minister', 'defence ministers': 'defence minister', 'defense ministers': 'defense minister',
    fms: 'fm', 'defence chiefs': 'defence minister', 'defense chiefs': 'defense minister',
  },
  genericLeaderNouns: ['leader'],
  leaderNouns: ['leader', 'top leader', 'president', 'prime minister', 'pm', 'premier', 'top legislator', 'foreign minister', 'fm', 'party chief', 'king', 'chancellor', 'official', 'top diplomat', 'head of state', 'government leader', 'deputy pm', 'deputy prime minister', 'minister',
    // "The top Vietnamese diplomat said …", "the Japanese diplomat, in turn, …": the country's leader named before.
    'diplomat'],
  countryGroupNouns: ['side', 'leaders', 'officials', 'delegation'],
  hostNouns: ['the host', 'his host', 'her host', 'their host', 'their hosts', 'his hosts', 'her hosts'],
  guestNouns: ['the guest', 'his guest', 'her guest', 'their guest', 'their guests', 'the visitor', 'the visiting leader', 'the visiting official', 'the visiting guest'],
  countryAfterLeaderNoun: false,
  determiners: ['the'],
  passiveDoerLeads: ['was made by', 'were made by', 'was said by', 'was stated by', 'were stated by', 'was expressed by', 'were expressed by', 'was delivered by', 'were delivered by', 'was conveyed by', 'were conveyed by', 'was voiced by', 'were voiced by'],
  appositionModifiers: ['newly appointed', 'newly elected', 'newly installed', 'newly sworn-in', 'newly sworn in', 'newly re-elected', 're-elected', 'visiting', 'outgoing', 'incoming', 'incumbent', 'current', 'new', 'acting', 'then',
    // Running for the office: "spoke by phone with presidential candidate Donald Trump".
    'presidential candidate', 'candidate'],
  countryBeforeTitle: true,
  firstSyllableCapitalised: false,
  // "State Minister for Foreign Affairs of Japan": Japan's junior minister, not the Minister for Foreign Affairs.
  deputyWords: ['Vice', 'Deputy', 'Vice-', 'Acting', 'State'],
  localWordsBeforeTitle: ['City', 'Provincial', 'Province', 'Municipal', 'District', 'Prefectural', 'County'],
  formerWords: ['former', 'ex-'],
  titleJoiners: ['and', '&', 'cum', 'concurrently'],
  // AP and Reuters captions: "Vietnam's Prime Minister X, left, and Japan's Prime Minister Y shake hands".
  photoDirections: ['left', 'right', 'center', 'centre', 'second left', 'second right', 'second from left', 'second from right'],
  readMoreLabels: ['also read', 'read also', 'read more', 'see also', 'related'],
  officeNounsBefore: ['Office of the', 'office of the', 'Office of', 'office of'],
  spouseWordsBeforeTitle: [],
  officeNounsAfter: ["'s Office", '’s Office', "'s office", '’s office', 'Office'],
  newInOffice: ['newly elected', 'newly-elected', 'new role', 'took office', 'newly appointed', 'new position', 'assumed office', 'taking office'],
  newInOfficeBeforeName: ['newly elected', 'newly-elected', 'newly appointed'],
  // Xinhua, China Daily and others: "Vietnamese Prime Minister Pham Minh Chinh …", then "Pham said".
  familyNameLater: true,
  pressCountries: [],
  nameParticles: ['bin', 'binti', 'bint', 'al', 'el', 'da', 'de', 'dos', 'das', 'del', 'van', 'von', 'der', 'den', 'la', 'le'],
  // "Bangladeshi Foreign Minister AK Abdul Momen", "Nepal's Prime Minister KP Sharma Oli".
  initialsWithoutDots: true,
  institutionWords: [
    'the', 'party', 'state', 'national', 'central', 'committee', 'government', 'of', 'and', 'council', 'assembly', 'ministry',
    'department', 'office', 'people', "people's", 'republic', 'union', 'court', 'bank', 'commission', 'congress', 'senate',
    'house', 'federation', 'kingdom', 'royal', 'communist', 'cabinet', 'parliament', 'vietnam', 'viet', 'asean',
    'agency', 'organization', 'organisation', 'association', 'institute', 'university', 'corporation', 'company', 'group',
    'fund', 'authority', 'foundation', 'academy', 'centre', 'center', 'forum', 'chamber', 'alliance', 'secretariat',
    'embassy', 'consulate', 'province', 'city', 'municipality', 'army', 'police',
    // "Deputy Commander-in-Chief of the Royal Cambodian Armed Forces": the forces, not a name.
    'armed', 'forces', 'navy', 'military',
  ],

  conjunctions: ['and'],
  purposeMarkers: ['to', 'in order to', 'so as to'],
  // "A and Lao leader B held talks", "met with Vietnam's top leader B": a leader told by country, as a counterpart is.
  // "held separate phone calls with Malaysian and Lao counterparts X and Y": the plural, one country each.
  counterparts: ['counterpart', 'counterparts', 'host', 'guest', 'leader', 'top leader'],
  // A handshake is between two: "X shook hands with A, B and C" is one with each.
  pluralMeetingWords: ['meetings', 'encounters', 'visits', 'bilateral meetings', 'shook hands with', 'shakes hands with', 'shaking hands with'],
  counterpartCountryLinkers: ['from', 'of'],
  sameOfficeNouns: ['counterpart'],
  relativePronouns: ['who', 'which'],
  topicMarkers: ['regarding', 'concerning', 'in connection with', 'related to', 'in relation to'],
  officeTakingPhrases: [
    'assuming office', 'assumed office', 'assumes office', 'taking office', 'took office', 'takes office', 'being sworn in', 'was sworn in',
    'were sworn in', 'being elected', 'was elected', 'his election', 'her election', 'his inauguration', 'her inauguration', 'his swearing-in',
    'her swearing-in',
  ],
  foundingPhrases: [
    'established diplomatic relations', 'established diplomatic ties', 'establish diplomatic relations', 'establishment of diplomatic relations',
    'establishment of diplomatic ties', 'diplomatic relations were established', 'diplomatic ties were established', 'normalized diplomatic relations',
    'normalised diplomatic relations', 'normalization of diplomatic relations', 'normalisation of diplomatic relations',
  ],
  possessiveEndings: ["'s", '’s'],
  possessiveEndingsAfterS: ["'", '’'],
  possessivePronouns: ['his', 'her', 'their'],
  relationAsideNouns: ['son', 'eldest son', 'youngest son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'nephew', 'niece', 'ally', 'close ally', 'aide', 'adviser', 'advisor', 'envoy', 'special envoy', 'successor', 'predecessor', 'protege', 'protégé',
    // Who speaks for someone: "a spokesman for Mr Morrison described the call as …" is not Morrison's word.
    'spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  relationLinkers: ['of', 'to', 'for'],
  capacityWords: ['as', 'in his capacity as', 'in her capacity as', 'in his role as', 'in her role as'],
  roleAsideOpeners: ['also', 'on behalf of', 'in his capacity as', 'in her capacity as', 'in his role as', 'in her role as', 'as head of', 'as chair of', 'as chairman of'],
  roleBeforeVerbOpeners: ['on behalf of'],
  subjectVerbFillers: [
    'also', 'again', 'has', 'have', 'had', 'further', 'strongly', 'warmly', 'then', 'both', 'held', 'a', 'an', 'and his wife',
    'and her husband', 'and his spouse', 'and her spouse', 'on his part', 'on her part', 'for his part', 'for her part', 'once again',
    'earlier', 'later', 'separately', 'on the same day', 'previously', 'particularly', 'especially', 'specifically', 'highly',
    'sincerely', 'respectfully', 'fully', 'always', 'will', 'would', 'is', 'was', 'were', 'jointly',
    // A meeting recalled by one of its sides, told as a gerund: "She recalled meeting with Y in 2005".
    'recalled', 'recalls', 'recalling', 'remembered', 'remembers',
    // Manner of a welcome: "X cordially received Y", "Y was officially welcomed by X".
    'cordially', 'officially', 'formally', 'ceremoniously',
    // Manner of a statement: "X publicly stated …", "She humorously remarked that …".
    'publicly', 'repeatedly', 'firmly', 'clearly', 'openly', 'personally', 'directly', 'recently', 'frankly', 'candidly',
    'jokingly', 'humorously', 'proudly', 'happily', 'briefly', 'categorically', 'emphatically', 'reportedly', 'explicitly', 'bluntly',
    // A passive in progress, as captions write it: "Y being greeted by X", "Y was being hosted by X".
    'being',
    // Where, told by the wires between subject and verb: "X here on Friday met Y" (ANI, Xinhua).
    'here',
    // The day told by a word between subject and verb: "X today reiterated", "X yesterday met".
    'today', 'yesterday', 'tonight', 'this morning', 'this afternoon', 'this evening', 'last night', 'earlier today',
    // Modifiers of a meeting noun: "held bilateral talks", "held a breakfast meeting".
    'bilateral', 'breakfast', 'luncheon', 'dinner', 'official', 'delegation-level', 'high-level', 'closed-door', 'separate',
    'working', 'restricted', 'expanded', 'summit', 'ministerial', "Foreign Ministers'", 'virtual', 'one-on-one', 'fruitful', 'cordial',
    'recent', 'previous', 'latest', 'last', 'first', 'official', 'welcome', 'welcoming', 'state', 'grand', 'solemn',
    // The round of a standing meeting: "co-chaired the 10th meeting with Y", "held the second annual dialogue".
    'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'annual', 'joint', ...NUMBERED_ROUNDS,
    // Verbs whose object is a meeting noun: "hosted a welcome ceremony for Y", "attended a meeting with Y".
    'hosted', 'hosts', 'hosting', 'holds', 'holding', 'attended', 'attends', 'attending', 'gave', 'gives', 'chaired', 'co-chaired',
    // Answering one: "took a phone call from Y", as China's foreign ministry tells a call it was given.
    'took', 'takes', 'taking',
    // Making one: "paid an official visit to Laos", "made a state visit", "is paying a visit".
    'paid', 'pays', 'paying', 'made', 'makes', 'making',
    // Counting them: "held a series of separate meetings with A, B and C", "had a round of talks with Y".
    'series of', 'round of', 'number of',
  ],
  gapAdjunctPrepositions: ['on', 'in', 'at', 'during'],
  adjunctsInsidePhrases: true,
  gapPlaceNouns: ['capital', 'capital city', 'city', 'palace', 'presidential palace', 'presidential office', 'residence', 'official residence', 'headquarters', 'guesthouse', 'state guesthouse'],
  meetingNounPredicates: ['were held', 'was held', 'took place', 'were conducted', 'was conducted'],
  gapAdjunctWords: ['here', 'there', 'today', 'yesterday', 'tonight', 'this morning', 'this afternoon', 'this evening', 'last night', 'earlier today',
    // "met here Saturday with Y", "held talks here Monday with Y": a bare weekday, as Xinhua writes it.
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
    // "held a meeting earlier in the day with Y": the hour of the article's own day, as the wires tell it.
    'earlier in the day', 'later in the day', 'earlier that day', 'later that day',
    // How they met, in words of more than one (a lone adverb passes already): "met for the first
    // time with Y", "met in person with Y", "met face to face with Y".
    'for the first time', 'for the first time in person', 'in person', 'face to face',
    // Inside a phrase of two words: "Luxon also spoke briefly with Xi", "talked privately with Y".
    'briefly', 'privately', 'informally', 'virtually', 'separately', 'directly', 'face-to-face'],
  groupInclusions: ['including', 'among them', 'among whom were'],
  objectLinkers: ['with', 'between', 'by', 'of', 'on', 'from', 'the', 'his', 'her', 'their', 'my', 'our', 'counterpart', 'counterparts', 'visiting', 'guest', 'host', 'Mr', 'Mr.', 'Ms', 'Ms.', 'Mrs', 'Mrs.'],
  possessives: ['of'],
  sinceWords: ['since', 'ever since'],
  clauseOpeners: ['and', 'also', 'while', 'and also', 'as well as'],
  frontedPrepositions: ['in', 'at', 'during', 'on', 'upon', 'under', 'through', 'besides', 'beside', 'including', 'apart from', 'aside from', 'in addition to', 'other than', 'except', 'except for', 'like', 'unlike', 'after', 'before', 'following', 'alongside', 'along with', 'together with', 'with', 'without', 'according to', 'as for', 'instead of', 'on behalf of', 'at the invitation of', 'upon the invitation of', 'on the invitation of', 'at the request of', 'for', 'to', 'from'],
  passiveMarkers: ['been', 'being', 'was', 'were'],

  speechVerbs: [
    'said', 'says', 'stressed', 'emphasised', 'emphasized', 'affirmed', 'reaffirmed', 'expressed', 'thanked',
    'congratulated', 'proposed', 'called for', 'called on', 'called upon', 'noted', 'agreed', 'welcomed', 'invited', 'told', 'highlighted',
    'pledged', 'suggested', 'voiced', 'asserted', 'underlined', 'underscored', 'added', 'urged', 'asked', 'hailed',
    'praised', 'lauded', 'appreciated', 'spoke highly of', 'showed', 'wished', 'conveyed', 'extended', 'informed',
    'briefed', 'shared', 'vowed', 'committed', 'announced', 'declared', 'recalled', 'mentioned', 'believed', 'hoped',
    'requested', 'recommended', 'reiterated', 'confirmed', 'acknowledged', 'stated', 'explained', 'remarked', 'valued',
    'applauded', 'commended', 'spoke of', 'consented', 'concurred', 'assured', 'promised', 'insisted', 'warned',
    'assessed', 'lauded', 'rated', 'held that', 'pointed out', 'reported', 'proposing', 'saying', 'affirming', 'stressing',
    // Leaders' posts ("Mr Wong wrote that …"), directives ("X instructed the ministries to …"), joint statements.
    'wrote that', 'wrote on', 'writes that', 'instructed', 'issued a joint statement', 'issued a statement',
    // What a leader made known: "The PM revealed on Wednesday that …".
    'revealed', 'disclosed', 'reveals', 'discloses',
    'described', 'tweeted', 'observed', 'commented', 'argued', 'encouraged', 'appealed', 'reassured',
    'recognised', 'recognized', 'was quoted as saying', 'is quoted as saying', 'quoted as saying', 'as saying',
    // The same without "as", as regional papers relay another's report ("…,” he was quoted saying by The Straits Times).
    'was quoted saying', 'is quoted saying', 'were quoted saying',
    // Present tense, as headlines and wire leads write it ("PM urges …", "Party chief hails …").
    'stresses', 'emphasises', 'emphasizes', 'affirms', 'reaffirms', 'expresses', 'thanks', 'congratulates', 'proposes',
    'calls for', 'notes', 'welcomes', 'tells', 'highlights', 'pledges', 'suggests', 'voices', 'asserts', 'underlines',
    'underscores', 'adds', 'urges', 'hails', 'praises', 'lauds', 'appreciates', 'wishes', 'conveys', 'vows', 'announces',
    'declares', 'requests', 'recommends', 'reiterates', 'confirms', 'acknowledges', 'states',
    'explains', 'values', 'applauds', 'commends', 'assures', 'promises', 'insists', 'warns', 'encourages', 'appeals',
    'asks', 'shares', 'commits', 'predicted', 'reportedly said', 'was cited as saying',
    // Participles: a statement continuing a clause ("X received Y, expressing …") or fronted ("Noting that …, X …").
    'expressing', 'noting', 'adding', 'highlighting', 'emphasising', 'emphasizing', 'urging',
    'calling for', 'underlining', 'underscoring', 'reiterating', 'thanking', 'suggesting', 'asserting',
    'reaffirming', 'describing', 'praising', 'hailing', 'lauding', 'applauding', 'appreciating', 'valuing', 'congratulating',
    'acknowledging', 'confirming', 'recalling', 'voicing', 'wishing', 'speaking highly of', 'stating', 'declaring', 'announcing',
    'informing', 'telling', 'assuring', 'promising', 'pledging', 'vowing', 'committing', 'requesting', 'asking', 'hoping', 'sharing',
    'characterised', 'characterized', 'criticised', 'criticized', 'criticising', 'criticizing', 'condemned', 'condemning', 'apologised', 'apologized',
    // Congratulations and condolences told as things offered or sent ("Yoon offered his congratulations to Lam on …").
    'offered his congratulations', 'offered her congratulations', 'offered congratulations', 'offered his condolences',
    'offered her condolences', 'offered condolences', 'sent a message congratulating', 'sent a message of congratulations',
    'sent a congratulatory message', 'sent a letter congratulating', 'sent a message of condolence',
    // Accepting an invitation is a reply the leader gave ("X accepted the invitation to visit …").
    'accepted the invitation', 'accepted the invitations', 'accepted an invitation', 'accepted invitations',
    // "He took this occasion to thank …": the occasion used to speak.
    'took the occasion to', 'took this occasion to', 'used the occasion to', 'took the opportunity to', 'used the opportunity to',
    'reached a consensus', 'reached consensus', 'reached an agreement',
    // A reply is a statement of who replies ("Y responded by thanking …", "Y answered that …").
    'responded', 'replied', 'answered',
    // "The two leaders complimented each other on the anniversary …".
    'complimented', 'compliments', 'complimenting',
    // An opinion told as held ("X considers Vietnam a close friend", "X considers that …"); not
    // "considered", which is also the passive ("X is considered the architect of …").
    'considers', 'considered that',
    // A hope told ("X looked forward to the visit …"), as Vietnamese "mong muốn".
    'looked forward to', 'looks forward to',
  ],
  strongSpeechVerbs: [
    'said', 'says', 'stressed', 'affirmed', 'reaffirmed', 'added', 'noted', 'agreed', 'welcomed', 'proposed', 'pledged',
    'invited', 'congratulated', 'thanked', 'called for', 'called on', 'called upon', 'emphasised', 'emphasized', 'expressed', 'suggested',
    'urged', 'asked', 'hailed', 'highlighted', 'underlined', 'underscored', 'vowed', 'reiterated', 'asserted', 'wished',
    'requested', 'spoke highly of', 'appreciated', 'praised', 'lauded', 'valued', 'applauded', 'commended', 'informed',
    'conveyed', 'extended', 'voiced', 'shared', 'recommended', 'confirmed', 'stated', 'explained', 'assured', 'promised',
    'saying', 'affirming', 'stressing', 'proposing', 'assessed', 'observed', 'commented', 'encouraged', 'reassured',
    'stresses', 'emphasises', 'emphasizes', 'affirms', 'reaffirms', 'expresses', 'thanks', 'congratulates', 'proposes',
    'calls for', 'notes', 'welcomes', 'highlights', 'pledges', 'suggests', 'underlines', 'underscores', 'adds', 'urges',
    'hails', 'praises', 'reiterates', 'vows', 'confirms', 'states',
    'expressing', 'noting', 'adding', 'highlighting', 'emphasising', 'emphasizing', 'urging', 'calling for', 'underlining',
    'underscoring', 'reiterating', 'thanking', 'suggesting', 'asserting',
    'reaffirming', 'describing', 'praising', 'hailing', 'lauding', 'applauding', 'appreciating', 'valuing', 'congratulating',
    'acknowledging', 'confirming', 'recalling', 'voicing', 'wishing', 'speaking highly of', 'stating', 'declaring', 'announcing',
    'informing', 'telling', 'assuring', 'promising', 'pledging', 'vowing', 'committing', 'requesting', 'asking', 'hoping', 'sharing',
  ],
  participleEndings: ['ing'],
  mannerBeforeParticiple: ['by'],
  quotationOnlyVerbs: ['wrote', 'writes', 'posted', 'posts'],
  invertedSpeechVerbs: [
    'said', 'says', 'added', 'noted', 'stressed', 'asked', 'explained', 'remarked', 'affirmed', 'emphasised', 'emphasized', 'recalled', 'insisted', 'declared', 'stated',
    'underlined', 'underscored', 'highlighted', 'observed', 'commented', 'acknowledged', 'asserted', 'warned', 'reiterated', 'adds', 'notes', 'stresses',
    // A post quoted, as the Indian wires quote ministers: '"…," tweeted Rajnath Singh.'
    'tweeted', 'wrote', 'posted',
  ],
  nounMarkers: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'been', 'being', 'be', 'to', 'was', 'were', 'is', 'are'],
  nounAfter: [],
  accordingTo: ['according to'],
  personTitleWords: ['Minister', 'Ambassador', 'Secretary', 'Governor', 'Mayor', 'Chancellor', 'Speaker', 'Chairman', 'Chairwoman', 'Chairperson', 'Envoy', 'Consul', 'Counsellor', 'Commissioner', 'Senator'],
  companionPhrases: [
    'and his spouse', 'and his wife', 'and her husband', 'and her spouse', 'and spouse', 'and wife', 'along with his spouse', 'along with his wife', 'and Madame',
    // A monarch's consort, named: "Emperor Akihito and Empress Michiko hosted a welcome ceremony for Y".
    'and Empress', 'and Queen',
    // The delegation a leader heads goes where they go: "X and his delegation held talks with Y".
    'and his delegation', 'and her delegation', 'and the delegation', 'and his entourage', 'and her entourage', 'and the accompanying delegation',
  ],
  companionGroupNouns: ['executives', 'officials', 'delegates', 'aides', 'representatives'],
  requestVerbs: ['asked', 'requested', 'invited', 'urged'],
  quoteIntroducers: ['that'],

  meetingPhrases: {
    online_talks: ['virtual summit', 'online summit', 'video summit', 'online talks', 'virtual talks', 'held talks online', 'video conference', 'virtual meeting', 'online meeting', 'held online talks', 'via videoconference', 'videoconference', 'video call', 'video link', 'via video link', 'video talks', 'teleconference', 'video teleconference', 'videoconference call'],
    phone_call: [
      // Indian English: "had a telephonic conversation with".
      'telephonic conversation', 'telephonic talks', 'telephonic call', 'telephonic discussion', 'telephonic discussions',
      'phone talks', 'phone call', 'phone conversation', 'telephone call', 'telephone conversation', 'telephone talks',
      'spoke by phone', 'spoke over the phone', 'spoke on the phone', 'phoned', 'talked by phone', 'held phone talks',
      'had phone talks', 'had a phone call', 'had a phone conversation', 'held a phone call', 'held a phone conversation',
      'had a telephone conversation', 'held telephone talks', 'talked over the phone', 'talked on the phone', 'talked by telephone',
      'spoke by telephone', 'held a telephone conversation', 'had a telephone call', 'held a telephone call', 'phone conversations',
      // "phoned" spelt out, present tense (headlines: "PM speaks by phone with …"), and the singular "phone talk" of wire copy.
      'telephoned', 'speaks by phone', 'speaks over the phone', 'speaks on the phone', 'speaks by telephone', 'talks by phone',
      'talks over the phone', 'talks on the phone', 'talked on phone', 'talked over phone', 'talks over phone', 'spoke over phone',
      'phone talk', 'telephone talk', 'holds phone talks', 'holds phone talk', 'held phone talk',
      // A summit held by telephone, as Japan's foreign ministry writes it: "held a Japan-Malaysia summit telephone talk with Y".
      'summit telephone talk', 'summit telephone talks', 'summit telephone call', 'summit phone call', 'summit phone talks',
      // "X on May 29 discussed on the phone with Y bilateral ties": another verb told with the phone.
      'discussed on the phone', 'discussed by phone', 'discussed over the phone', 'discussed by telephone', 'conferred by phone', 'conferred by telephone',
      'chatted by phone', 'chatted on the phone',
      // The perfect, as Downing Street's readouts write it: "Theresa May … has today spoken by phone to Y".
      'spoken by phone', 'spoken by telephone', 'spoken on the phone', 'spoken over the phone',
      // "X held a call with Y", "took a call from Y": a call told by a light verb, no "phone" said.
      'held a call', 'had a call', 'holds a call', 'has a call', 'took a call', 'takes a call',
      // "Prime Minister Modi received a call from French President Emmanuel Macron".
      'received a call', 'receives a call', 'received a phone call', 'receives a phone call', 'got a call',
      // "PM call with Prime Minister Albanese": a readout's headline, the call told as a noun with its other side.
      'call with',
      // Several at once: "received telephone calls from A and B", one each.
      'phone calls', 'telephone calls',
    ],
    talks: ['held talks', 'hold talks', 'holds talks', 'holding talks', 'talks', 'had talks', 'have talks', 'has talks', 'bilateral meeting', 'bilateral meetings',
      // A standing dialogue of two governments' ministers: "co-chaired the sixth Defence Ministerial Dialogue with Y".
      // (Phrases are matched without case: one entry serves "Ministerial Dialogue" and "ministerial dialogue".)
      'ministerial dialogue', 'strategic dialogue',
      // "had a bilateral talk with Y", as the Indonesian cabinet's English pages write talks.
      'bilateral talk',
      // "held bilateral discussions with Y", as the Indian press tells talks.
      'bilateral discussions', 'held discussions', 'had discussions', 'holds discussions'],
    // The plurals, one call on each ("paid separate courtesy calls on A and B").
    courtesy_call: ['courtesy call', 'courtesy calls', 'courtesy meeting', 'courtesy meetings', 'courtesy visit', 'courtesy visits', 'paid a courtesy call', 'pays courtesy call', 'paid courtesy call', 'pays a courtesy call', 'paid courtesy calls', 'paid courtesy visits', 'paid a courtesy visit',
      // A call paid without "courtesy", and an audience had with a head of state.
      'honorary visit', 'honorary call', 'honorary visits', 'paid a call on', 'pays a call on', 'paying a call on', 'paid a call to', 'had an audience with', 'has an audience with', 'having an audience with', 'have an audience with',
      // A departing leader's or envoy's call on a host ("paid a farewell call on Y"), and a king's audience.
      'farewell call', 'farewell calls', 'paid a farewell call', 'pays a farewell call', 'farewell visit', 'royal audience'],
    summit: ['summit', 'summit talks', 'summit meeting', 'high-level meeting',
      // The yearly leaders' retreats of Singapore with Malaysia and Indonesia: "hosted his first retreat with PM Lee".
      "Leaders' Retreat", 'Leaders’ Retreat', 'leaders’ retreat', "leaders' retreat", 'retreat with'],
    visit: ['state visit', 'official visit', 'working visit', 'official friendship visit', 'visit', 'visited', 'visits',
      // The progressive of a visit under way ("X is visiting Laos at the invitation of Y"); "visiting Y" alone is an adjective.
      'is visiting', 'was visiting', 'are visiting', 'were visiting'],
    reception: [
      'received', 'receives', 'receiving', 'hosted', 'hosts', 'hosting', 'welcomed', 'welcomes', 'granted an audience to', 'granted a royal audience to', 'hosted a reception for',
      'held a reception for', 'hosted a reception', 'gave a reception for', 'greeted', 'greets',
      // A welcome told with a light verb: "Modi on Friday extended a warm welcome to his Thai counterpart Y".
      'extended a warm welcome to', 'extended a welcome to', 'extends a warm welcome to', 'gave a warm welcome to', 'accorded a warm welcome to',
      // The verb's plain form, as after "to" ("was at the airport to greet Y"; not "receive": "to receive support from Y").
      'greet',
      // Told as nouns: "hosted a welcome ceremony for Y", "a state banquet in honour of Y".
      'reception', 'receptions', 'welcome ceremony', 'welcoming ceremony', 'banquet', 'state banquet', 'welcome banquet', 'official welcome',
      'tea party', 'tea reception',
      'dinner', 'state dinner', 'luncheon', 'welcoming', 'greeting', 'lunch', 'state lunch',
      // "was granted an audience by X": the doer after the agent marker.
      'granted an audience',
      // "Y was accorded a ceremonial welcome by X", as the Indian and Malaysian press tell a welcome.
      'ceremonial welcome', 'accorded a ceremonial welcome', 'accorded an official welcome', 'accorded a warm welcome', 'accorded a grand welcome', 'accorded a red-carpet welcome', 'given a red-carpet welcome',
    ],
    other: [
      // The foreign wires' nouns: "held a talk with", "had very productive meetings with", "had an early encounter with".
      'held a talk', 'had a talk', 'holds a talk', 'hold a talk', 'meetings', 'encounter',
      'met', 'meets', 'meeting', 'met with', 'meets with', 'held a meeting', 'had a meeting', 'hold a meeting', 'talked with', 'conferred with',
      'working session', 'consultation', 'consultations', 'spoke with', 'speaks with', 'held discussions with', 'had discussions with',
      // A round of golf two leaders play: "X played golf with Y", as their talks on the course.
      'played golf with', 'plays golf with', 'playing golf with',
      // The noun told with its sides: "The discussion took place between X and Y".
      'discussion', 'discussions',
      // "He had informal interactions with US President Joe Biden", as the Indian press tells a leader's round at a summit.
      'interaction', 'interactions',
      // "State Councilor Wang was speaking with Deputy Prime Minister Minh during a visit to Vietnam".
      'speaking with', 'talking with',
      // The verb's plain form, as after "to" ("arrived at the palace to meet with Y").
      'meet', 'meet with',
      // "The two prime ministers had a conversation about …", as Vietnamese "cuộc nói chuyện" (a call when "by phone" follows).
      'conversation', 'conversations',
      'held a discussion with', 'had a discussion with', 'sat down with', 'tete-a-tete', 'tête-à-tête', 'tete-à-tete',
      // The noun with its other side, as "interaction with": "He said in his discussion with Tun Dr Mahathir, both leaders had agreed …".
      'discussion with', 'discussions with',
      'working lunch', 'working dinner', 'working breakfast',
      // The Indian press: "PM Modi also interacted with Y", "had a fruitful interaction with Y".
      'interacted with', 'interacts with', 'interaction with',
      // Two people witnessing a signing together were at one meeting ("X and Y witnessed the signing of …").
      'witnessed the signing', 'witnessed the exchange', 'witness the signing',
      // A press conference held together ("X held a joint press conference with Y").
      'joint press conference', 'joint news conference', 'joint press briefing',
      // A photo's caption: "X shakes hands with Y" shows them together.
      'shakes hands with', 'shook hands with', 'shaking hands with',
      // Two people shaking hands together, as captions tell them ("X and Y shake hands at the Presidential Palace").
      'shake hands', 'shook hands', 'shaking hands',
    ],
  },
  bareCallVerbs: ['called', 'rang'],
  bareCallFollowers: ['to', 'on', 'today', 'yesterday', 'earlier', 'late on', 'last night', 'this morning', 'this afternoon', 'this evening', 'by phone', 'by telephone'],
  phoneMarkers: ['by phone', 'over the phone', 'on the phone', 'by telephone', 'via telephone', 'via phone', 'over the telephone', 'on the telephone'],
  phoneOnlyVerbs: ['spoke to', 'talked to',
    // What one told the other on the call: "X congratulated Y over the phone", "X told Y by phone that …".
    'congratulated', 'congratulates', 'thanked', 'thanks', 'told', 'tells',
    // What the two talked about on the call: "X and Y discussed relations between the two countries over the phone".
    'discussed', 'discusses'],
  // The Vietnamese province, in English without its marks.
  countryFalseFriends: ['Lao Cai'],
  meetingFalseFriends: ['visitors', 'visitor', 'received support', 'received a letter', 'received a message', 'received an award', 'meeting the needs', 'meeting the demands', 'meeting the requirements', 'visiting scholar'],
  callsWithPurpose: [],
  receptionNeedsPerson: ['received', 'receives', 'receiving', 'hosted', 'hosts', 'hosting', 'welcomed', 'welcomes', 'welcoming', 'greeted', 'greets', 'greeting'],
  delegationWords: ['Mr', 'Ms', 'Mrs', 'a delegation', 'the delegation', 'a high-level delegation', 'visiting', 'his', 'her', 'him'],
  delegationNouns: ['delegation', 'delegations'],
  anaphorOpeners: ['the'],
  meetingOrAppeal: ['called on', 'calls on', 'calling on', 'called upon', 'calls upon', 'calling upon'],
  appealMarkers: ['to'],
  welcomeVerbs: ['welcomed', 'welcomes'],
  welcomeOccasions: ['to', 'on his', 'on her', 'on their', 'on the occasion of', 'during his', 'during her', 'in his capacity as', 'in her capacity as', 'upon his arrival', 'upon her arrival', 'on arrival', 'at the', 'at a', 'with'],
  anotherMeetingAfter: [],
  anaphorBefore: ['at the', 'during the', 'after the', 'following the', 'at their', 'during their', 'after their', 'following their', 'in the', 'at', 'during', 'after'],
  afterPointers: ['after the', 'following the', 'after their', 'following their', 'after', 'right after the', 'immediately after the', 'shortly after the'],
  occasionMarkers: ['on the occasion of', 'during', 'within the framework of', 'in the framework of', 'while attending', 'while in', 'while on', 'as part of'],
  gatheringMarkers: ['to attend', 'attending', 'to take part in', 'taking part in'],
  // "Welcoming him at the airport were A and B", "Receiving the delegation were Mr X", "Seeing the delegation off was Y".
  welcomerListVerbs: {
    reception: ['welcoming', 'greeting', 'receiving', 'on hand to welcome', 'on hand to greet', 'on hand to receive', 'among those welcoming', 'among those greeting', 'among those receiving'],
    other: ['seeing off', 'on hand to see off', 'among those seeing off'],
  },
  welcomerListGoingOut: [],
  welcomerListMarkers: ['were', 'was', 'included'],
  sidelineMarkers: ['on the sidelines of', 'on the sideline of', 'on the margins of', 'on the margin of', 'at the sidelines of', 'in the sidelines of', 'on the fringes of', 'on the fringe of'],
  practiceMarkers: ['exchanges of', 'exchange of', 'promoting', 'promote', 'promotion of', 'maintain', 'maintaining', 'strengthen', 'strengthening', 'increase', 'increasing', 'enhance', 'enhancing', 'step up', 'stepping up', 'intensify'],
  practiceNouns: ['visits', 'exchanges', 'contacts'],
  practiceModifiers: ['high-level', 'all-level', 'senior-level', 'top-level', 'mutual', 'reciprocal', 'regular', 'frequent', 'high-ranking'],
  practiceGapWords: ['the', 'of', 'high-level', 'all-level', 'senior-level', 'regular', 'frequent', 'mutual', 'reciprocal', 'bilateral', 'delegation', 'visits', 'and', 'more', 'further', 'people-to-people'],
  summitTopicPhrases: ['discussed', 'discussing', 'to discuss', 'prepare for', 'preparing for', 'preparations for', 'preparation for', 'the success of', 'successful conclusion of', 'the conclusion of', 'reached at', 'agreed at'],
  summitTopicGapWords: ['the', 'a', 'an', 'this', 'next', 'upcoming', 'coming', 'forthcoming', 'planned', 'special', 'first', 'second', 'third'],
  settingBefore: ['at a', 'during a', 'in a', 'in', 'during', 'at', 'on', 'when', 'while', 'after', 'following', 'before', 'for', 'for a', 'for their', 'after their', 'at his', 'at her', 'during his', 'during her', 'at their', 'during their', 'after his', 'after her', 'following his', 'following her', 'before his', 'before her', 'in his', 'in her', 'at separate', 'in separate'],
  meetingNounMarkers: [],
  meetingNounDeterminers: ['the', 'his', 'her', 'their', 'its'],
  meetingNounModifierWords: 3,
  bareTitleFollowsFocus: true,
  designateAfterTitle: ['-elect', '-designate', 'elect', 'designate', '-in-waiting'],
  separateMeetingMarkers: ['separate', 'held separate', 'in separate', 'at separate', 'separately'],
  // Xinhua: "Premier Li Qiang and top legislator Zhao Leji met with him respectively".
  separateAfterObject: ['respectively', 'separately'],
  // "met separately with A and B": passed over (and read as one meeting with each, see separateMeetingMarkers).
  meetingModifiersAfter: ['separately'],
  meetingBodyLinkers: ['of the', 'of'],
  meetingBodyInnerWords: ['on', 'for', 'of', 'and', 'the', 'in'],
  separateListJoiners: ['as well as', 'as well as with'],
  bilateralMarkers: ['bilateral', 'one-on-one', 'one-to-one'],
  multilateralMarkers: ['trilateral', 'three-way', 'four-way', 'multilateral', 'joint', 'conference call', 'group call'],
  passiveDoerBeforeVerb: false,
  meetingLightVerbs: {
    // "received a courtesy call from Y": the receiver is the subject, the caller after "from".
    verbs: ['held', 'hold', 'holds', 'holding', 'had', 'have', 'has', 'having', 'conducted', 'conduct', 'conducts', 'conducting', 'received', 'receives', 'receiving',
      // "X hosted his first retreat with Y", "hosted talks with Y": the host is the subject of the noun's meeting.
      'hosted', 'hosts', 'hosting',
      // Presiding over a ceremony told as a noun: "X presided over the welcome ceremony for Y".
      'presided over', 'presides over', 'presiding over',
      // Chairing a standing meeting with the other side: "X co-chaired the sixth Ministerial Dialogue with Y".
      'chaired', 'chairs', 'chairing', 'co-chaired', 'co-chairs', 'co-chairing',
      // "X made his first phone call to Y", "made an official visit to Y".
      'made', 'makes', 'making',
      // Beginning one: "X began talks with Y", "X started a three-day state visit to Y".
      'began', 'begins', 'beginning', 'started', 'starts', 'starting'],
    articles: ['a', 'an', 'the', 'their', 'his', 'her', 'its'],
    notModifiers: ['of', 'with', 'on', 'in', 'at', 'during', 'by', 'between', 'for', 'to', 'about', 'from', 'after', 'before', 'over', 'since', 'no', 'not', 'never'],
  },
  meetingDurations: { units: ['minutes', 'minute', 'hours', 'hour'], introducers: ['lasting', 'lasting about', 'lasting more than', 'of'] },
  finiteMeetingVerbs: [
    'met', 'meets', 'met with', 'meets with', 'received', 'receives', 'hosted', 'hosts', 'welcomed', 'welcomes', 'greeted', 'greets',
    'visited', 'visits', 'talked with', 'conferred with', 'spoke with', 'speaks with', 'interacted with', 'interacts with',
    'telephoned', 'paid a courtesy call', 'pays a courtesy call', 'paid a call on', 'pays a call on', 'paid a farewell call',
    'pays a farewell call', 'called on', 'calls on', 'called upon', 'calls upon', 'shook hands with', 'shakes hands with', 'sat down with',
  ],
  headlineSeparators: [':'],
  listedRoleOpeners: ['Secretary-General of the', 'Secretary General of the', 'State Councilor', 'State Councillor', 'Politburo member', 'member of the Politburo', 'member of the Political Bureau', 'Political Bureau member', 'alternate member', 'member of the Party Central Committee', 'Party Central Committee member', 'Secretary of the Party Central Committee', 'Secretary of the Central Committee'],
  sharedMeetingLinkers: ['with'],
  bothSidesLinkers: ['between'],
  bothSidesJoiners: [],
  agentMarkers: ['by'],
  // "hosted a banquet to welcome Y": the purpose names the guest as "for" does.
  beneficiaryLinkers: ['for', 'in honour of', 'in honor of', 'to welcome', 'to honour', 'to honor'],
  inviteToEvent: { verbs: ['invited', 'invites', 'inviting'], linkers: ['to', 'to attend', 'to join'] },
  ceremonyActs: [
    'to the podium', 'onto the podium', 'to review the guard of honour', 'to review the guard of honor', 'to inspect the guard of honour',
    'to inspect the guard of honor', 'to sign the guest book', 'to sign the golden book',
  ],
  recallWords: ['previous', 'recent', 'earlier', 'last year', 'outcomes of', 'results of', 'agreements reached', 'reached during', 'recalled', 'since', 'previously', 'in the past', 'outcome of', 'result of'],
  recallDeterminers: [],
  cancelledWords: ['was off', 'is off', 'were off', 'was cancelled', 'was canceled', 'were cancelled', 'were canceled', 'has been cancelled',
    'has been canceled', 'had been cancelled', 'had been canceled', 'was called off', 'has been called off', 'had been called off',
    'was postponed', 'has been postponed', 'had been postponed', 'was scrapped', 'did not take place', 'never took place'],
  reportVerbs: ['reported', 'reports', 'quoted'],
  laterWords: ['later this year', 'later this month', 'later this week', 'later in the year', 'later in the month', 'next week', 'next month', 'next year',
    'in the coming days', 'in the coming weeks', 'in the coming months', 'tomorrow'],
  conditionalWords: ['if it takes place', 'if it goes ahead', 'if held', 'if it is held', 'should it take place', 'should it go ahead'],
  plannedOpeners: ['according to the schedule', 'according to the itinerary', 'according to the plan'],
  notYetWords: ['maintain', 'will', 'is to', 'are to', 'is due to', 'plans to', 'plan to', 'invited', 'invitation',
    // "X received Y, inviting him to visit Laos": an invitation to visit is no visit.
    'inviting', 'invites', 'invite',
    'hopes', 'hoped', 'hope', 'hoping', 'is expected to', 'are expected to', 'is scheduled to', 'are scheduled to',
    // The plan as it stood when told: "was scheduled to meet Y", "was later due to have lunch with Y".
    // ("due to" alone is also "because of").
    'scheduled to', 'expected to', 'was due to', 'were due to', 'are due to', 'due to have', 'due to meet', 'due to hold', 'is set to', 'are set to', 'was set to', 'were set to', 'upcoming', 'would', 'next', 'ahead of',
    // An event still to come named beside the meeting: "on the sidelines of the … Meeting to be held on July 4".
    'to be held', 'to be convened', 'to take place', 'scheduled for', 'slated for',
    // "The two countries are in talks to arrange a meeting between X and Y": a meeting being set up.
    'to arrange', 'arranging', 'arrange'],
  notYetSharedJoiners: ['and', 'and the', 'or', 'as well as', 'as well as the', ', particularly', ', especially', ', notably', ', including', ', in particular'],
  // Not "on": "commented on Putin's invitation to attend …" is about an invitation, not a host's.
  invitedByOwner: { before: ['at', 'upon'], nouns: ['invitation', 'kind invitation'] },
  invitedBy: ['at the invitation of', 'at the invitation by', 'on the invitation of', 'upon the invitation of', 'upon invitation of', 'at the kind invitation of',
    // "X's trip is in response to an invitation by Y".
    'in response to an invitation by', 'in response to an invitation from', 'in response to the invitation of', 'in response to the invitation by', 'in response to an invitation of'],
  attendVerbs: ['attended', 'attends', 'attending', 'attend'],
  ledByBefore: ['led by', 'chaired by', 'co-chaired by', 'headed by'],
  // "led by X, Deputy Prime Minister": English puts a person's roles after the name.
  ledByRolesBefore: 0,
  ledByAfter: [],
  // "led by", "chaired by" say it alone (ledByBefore): English needs no more.
  chairedByBefore: [],
  eventDateIntroducers: ['in', 'on', 'from'],
  // "on December 1": the introducer says it (eventDateIntroducers).
  eventDateWords: [],
  heldOnPredicates: ['took place', 'was held', 'were held', 'happened'],
  sourceAttributions: ['quoted from', 'citing', 'as reported by', 'as quoted by'],
  audiencePhrases: ['to reporters', 'to the press', 'to journalists', 'to the media', 'to the public'],
  jointAfterMeeting: ['agreeing', 'agreed', 'pledging', 'pledged', 'vowing', 'vowed'],
  sameDay: ['the same day', 'on the same day', 'later the same day', 'later on the same day', 'also on the same day', 'earlier the same day', 'earlier on the same day'],

  placePrepositions: ['in', 'at'],
  placeLeads: ['the', 'capital', 'the capital'],
  placeStops: ['on', 'and', 'with', 'for', 'to', 'in', 'during', 'at', 'the', 'as', 'where', 'which', 'when', 'after', 'before', 'following', 'last', 'this', 'from', 'by', 'while', 'amid', 'of', 'said', 'today'],
  destinationPrepositions: ['to'],
  visitQualifiers: ['state', 'official', 'working', 'friendship', 'official friendship', 'two-day', 'three-day', 'four-day', 'five-day', 'first', 'recent', 'historic'],

  dates: {
    monthNames: [
      ['January', 'Jan.', 'Jan'], ['February', 'Feb.', 'Feb'], ['March', 'Mar.', 'Mar'], ['April', 'Apr.', 'Apr'], ['May'],
      ['June', 'Jun.', 'Jun'], ['July', 'Jul.', 'Jul'], ['August', 'Aug.', 'Aug'], ['September', 'Sept.', 'Sep.', 'Sept', 'Sep'],
      ['October', 'Oct.', 'Oct'], ['November', 'Nov.', 'Nov'], ['December', 'Dec.', 'Dec'],
    ],
    dayParts: { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night', noon: 'noon' },
    weekdays: [['Monday'], ['Tuesday'], ['Wednesday'], ['Thursday'], ['Friday'], ['Saturday'], ['Sunday']],
    dayIntroducers: [],
    dayWord: [],
    timeWord: ['at'],
    stampWords: ['updated', 'published', 'posted', 'last updated', 'am', 'pm', 'a.m.', 'p.m.',
      // A page's age ("2 hours ago") and the time zones stamps name ("14:49 IST").
      'ago', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'day', 'days',
      'ist', 'ict', 'sgt', 'wib', 'pht', 'jst', 'kst', 'aest', 'aedt', 'utc', 'est', 'edt', 'bst', 'cet'],
    clockSuffixes: ['am', 'pm', 'a.m.', 'p.m.'],
    monthWord: [],
    yearWord: ['in'],
    rangeFrom: ['from'],
    rangeTo: ['to', '-', '–'],
    relativeAfterPart: [],
    monthYearIntroducers: ['in', 'since', 'during', 'of', 'last', 'early', 'late', 'mid', 'mid-'],
    weekdayIntroducers: ['on', 'last', 'this past'],
    bareWeekdays: { notAfter: ['Good', 'Black', 'Ash', 'Holy', 'Maundy', 'Easter', 'Palm', 'Super', 'Cyber', 'Bloody', 'Blue', 'Giving'] },
    relativeYears: { 'last year': 1, 'this year': 0, 'the previous year': 1, 'the year before': 1, 'earlier this year': 0 },
    relativeMonths: { 'last month': 1, 'earlier this month': 0 },
    yesterdayWords: ['yesterday', 'last night'],
    relativeDays: { today: 0, 'earlier today': 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0, tonight: 0, yesterday: 1, 'last night': 1 },
  },
};
