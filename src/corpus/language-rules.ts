import { foldName } from '../registry/fold';
import { ALL_HONORIFICS, wordAlternation, type LanguageCode, type LanguageDescriptor } from '../lang';
import { descriptorFor } from '../lang';
import type { MeetingKind } from '../model/kinds';
import { MEETING_KINDS } from '../model/kinds';

/**
 * The patterns the corpus engine reads an article with, compiled once per language from that
 * language's descriptor (`src/lang/<code>.ts`). Nothing here names a word of any language: the
 * words are the descriptor's, the shapes (a subject before its verb, a place after a
 * preposition) are the engine's.
 */
export interface LanguageRules {
  code: LanguageCode;
  descriptor: LanguageDescriptor;
  /** The gap between two titles of one person: a comma, "kiêm", "and". */
  titleJoinGap: RegExp;
  /** Capitalised words (and the language's qualifier words) between a title and its country or name. */
  qualifierGap: RegExp;
  /**
   * A role set off by a comma after a name, up to the comma that closes it (", Deputy Commander of
   * the Cambodian Army"): capitalised words and the qualifier words between them, as a title the
   * registry may not list is written.
   */
  roleAppositionAfter: RegExp;
  countryBeforeTitle: boolean;
  /** Between a country and the title it qualifies: spaces, or a possessive ("Singapore’s Prime Minister"), and a modifier of the title ("Myanmar’s new foreign minister"). */
  countryTitleGap: RegExp;
  /** A person's name right after a title (the capitalised words), for office-holders the registry lacks. */
  nameAfterTitle: RegExp;
  /** The whole of an honorific run that is a rank (rankAnaphors.ranks), as written before a name. */
  rankOnly: RegExp;
  /** A rank before a capitalised word, inside a mention ("… Defence Services Senior General Min Aung Hlaing"); group 1 the rank (global). */
  rankBeforeCapital: RegExp;
  /** A rank standing alone for someone ("the Senior General", "Đại tướng" before a verb); group 1 the rank (global). */
  rankAnaphor: RegExp;
  /** Name particles and the parts they join, opening the text ("bin Nasser", "da Silva", "al-Sisi"): a name goes on. */
  nameParticleAfter: RegExp;
  /** One capitalised word right after a title with a name particle after it ("Mohammed" of "Prime Minister Mohammed bin Salman"); group 1 the word. */
  nameBeforeParticle: RegExp;
  /** The descriptor's name particles, folded: "Johari bin Abdul" is the registry's "Johari Abdul" with one. */
  nameParticleWords: ReadonlySet<string>;
  /** Words a Title Case headline capitalises that are never part of a name ("Visits", "Meets"), lowercased. */
  headlineWords: ReadonlySet<string>;
  institutionWords: ReadonlySet<string>;
  /** Every word of every language's honorifics, folded ("dato", "seri", "tan", "sri"): a name of these words alone is a style without a person. */
  honorificWords: ReadonlySet<string>;
  /**
   * What follows a speech verb when it only says where the speaking was ("Phát biểu tại hội đàm",
   * "Speaking at the ceremony"): a place preposition and a few words, nothing said.
   */
  settingOnly: RegExp;
  /** An office noun ending the text ("… Phủ ", "… Office of the "): the title after it names an office, not a person. */
  officeBefore: RegExp;
  /** An office noun opening the text after a title ("'s Office", " Office"). */
  officeAfter: RegExp;
  /** A spouse word ending the text right before a title (descriptor `spouseWordsBeforeTitle`): the name after the title is the spouse's. */
  spouseBefore: RegExp;
  /** A deputy word ending the text ("… Phó ", "… Deputy "): the title after it is another office. */
  deputyBefore: RegExp;
  /** A former word ending the text ("… former ", "… nguyên ", "ex-"): the mention after it is of someone who held it before. */
  formerBefore: RegExp;
  /** A capacity word right before a bare title ("as ", "trên cương vị "): the title is a role, not a person. */
  capacityBefore: RegExp;
  /** A mention opening with its former word ("nguyên Chủ tịch Quốc hội Hàn Quốc X", "former PM X"): an office no longer held. */
  formerOpening: RegExp;
  pronoun: RegExp;
  /** The descriptor's first-person pronouns as written (`firstPersonPronouns`), case-sensitive. */
  firstPerson: RegExp;
  group: RegExp;
  /** A group phrase that means two people ("the two leaders", "hai bên"). */
  pairGroup: RegExp;
  /** A pair possessive right before a meeting word, up to two lowercase words between ("their meeting", "their first bilateral meeting"); see the descriptor's `pairPossessives`. */
  pairPossessiveBefore: RegExp;
  /** Only a group counter ("hai", "the two", "both"): what may stand before the people it counts ("hai Tổng thống A và B"). */
  counterOnly: RegExp;
  /** The title of a counted group ("the two prime ministers" in group 1, "Thủ tướng hai nước" in group 2). */
  groupTitle: RegExp;
  /** A group title's singular, lower case, as the registry's titles write it (descriptor `pluralTitles`). */
  singularTitle(plural: string): string;
  /** A plural title the descriptor lists (`pluralTitles`), as a word. Global. */
  pluralTitle: RegExp;
  /** The whole gap between a plural title and the first country it spreads over (" of ", " of the "). */
  titleCountryLinkerGap: RegExp;
  /** The whole gap between two countries of a list (" and ", ", and the "). */
  countryListJoin: RegExp;
  /** A gap holding a conjunction (" and ", " và "): titles joined by it may be two people's. */
  conjunctionGap: RegExp;
  /** A purpose marker ending the text ("… to ", "… để "), with the space after it. */
  purposeAtEnd: RegExp;
  /** A counter standing for the pair, a verb of theirs after it (descriptor `counterSubjects`): "The two last met …". */
  counterSubject: RegExp;
  /** A conjunction and a capitalised word right after a person: a second side named next to them ("X và Thượng tướng Y", "X and General Y"). */
  sideJoinedAfter: RegExp;
  /** "the host" (group 1) or "the guest" (group 2), in one scan. */
  hostOrGuest: RegExp;
  /** "the Lao leader" / "nhà lãnh đạo Lào": group 1 the country word, per the descriptor's word order. */
  leaderNoun: RegExp;
  /** The whole of a leader noun phrase that names no office, nothing else in it ("the Lao leader", not "the top Lao leader"); see `genericLeaderNouns`. */
  genericLeaderPhrase: RegExp;
  /** "the Lao side", "phía Lào" (group 1 the country word): that country's people at the meeting. Global. */
  countryGroup: RegExp;
  /** A leader noun phrase that ends a text ("… Vietnam’s leader ", "… the Lao president "): it describes the name after it. */
  leaderNounAtEnd: RegExp;
  /** A modifier of the title that follows, at the end of a text ("with newly sworn-in " + "Malaysian Prime Minister Y"; descriptor `appositionModifiers`). */
  titleModifierAtEnd: RegExp;
  /**
   * A country's possessive and institution words at the end of a text, before a title the name
   * table matched ("with Vietnam's Communist " + "Party chief Nguyen Phu Trong"): the title's
   * qualifier, not words between a verb and its object.
   */
  titleQualifierAtEnd: RegExp;
  /**
   * A person's title word alone at the end of a text, right before a name the name table matched
   * without it ("gặp Chủ tịch " + "Tập Cận Bình": the registry's Vietnamese titles for China's
   * president are longer): the name's title, not words between a verb and its object. The
   * descriptor's `personTitleWords`.
   */
  personTitleWordAtEnd: RegExp;
  /** A photo direction set off by commas at the start of a gap between two people (", left," before "and Y"). */
  directionAsideAtStart: RegExp;
  /**
   * Capitalised words (and the qualifier words between them) at the end of a text, standing right
   * before a title they name the body of ("met Communist Party of Vietnam General Secretary X",
   * "Lao People's Revolutionary Party General Secretary X"), where the title's country comes
   * before it; never where the country follows the title (its qualifiers follow it there).
   */
  bodyBeforeTitleAtEnd: RegExp;
  /**
   * A title joiner and capitalised title words the name table did not take, up to a name: the text
   * between a bare title and the person it is one of two titles of ("Prime Minister" + " and
   * Minister for Finance " + "Lawrence Wong").
   */
  joinedTitleBeforeName: RegExp;
  /** "his Vietnamese counterpart" / "người đồng cấp Lào": group 1 the country word, per the descriptor's word order. */
  counterpartNoun: RegExp;
  /**
   * The nouns of `leaderNoun`, `countryGroup` and `counterpartNoun` anywhere in a text, in any
   * case: a sentence without them holds no such phrase. Tried first, since where the country comes
   * first those patterns open with words any capitalised word can be, and are tried at every
   * position of the sentence.
   */
  leaderNounWord: RegExp;
  countryGroupWord: RegExp;
  counterpartWord: RegExp;

  /** Between a subject and its verb ("đã", "also"), at the end of a text. */
  subjectVerbFiller: RegExp;
  /** The same set off by commas (", for his part,", ", về phần mình,"), at the end of a text. */
  parentheticalFiller: RegExp;
  /** ", on behalf of the Government," at the end of a text: the subject's role, set off by commas. */
  roleAside: RegExp;
  /** `roleBeforeVerbOpeners` and the role, to a text's end: "đã thay mặt lãnh đạo Đảng, Nhà nước ". */
  roleBeforeVerb: RegExp;
  /** ", the eldest son of Prime Minister Y," at the end of a text: whose relation the subject is (descriptor `relationAsideNouns`). */
  relationAside: RegExp;
  /** "a spokesman for ", "người phát ngôn của " at the end of a text: the person after it is whose relation the subject is, not the subject. */
  relationHeadAtEnd: RegExp;
  /**
   * A speaker's aside set off by commas at the end of a text (", said Retno,"): an inverted speech
   * verb and its speaker, who relays the statement of the subject before it.
   */
  speakerAsideAtEnd: RegExp;
  /** An inverted speech verb opening an aside, right before its speaker ("Therefore, said "): the speaker ends at the next comma. */
  speakerAsideOpen: RegExp;
  /** A relative clause set off by commas at the end of a text (", who is on a visit to Vietnam,"). */
  relativeClause: RegExp;
  /** A relative clause set off by commas opening the text (", who was born in Kota Kinabalu,"), up to its closing comma (kept). */
  relativeClauseOpening: RegExp;
  /** A relative pronoun opening a clause at the end of a text ("X, who "): the clause's subject is X. */
  relativeOpen: RegExp;
  /** A relative clause opened at the end of a text and not closed (", which were elevated … in "): what follows is about the noun before it. */
  insideRelative: RegExp;
  /** A topic marker, and no comma or semicolon after it, before the end of a text: a date there is the topic's (descriptor `topicMarkers`). */
  insideTopic: RegExp;
  /** A phrase of taking office and at most two words after it, at the end of a text: a date there is that day (descriptor `officeTakingPhrases`). */
  officeTakenBefore: RegExp;
  /** A phrase of a tie's founding and at most two words after it, at the end of a text: a date there is history's (descriptor `foundingPhrases`). */
  foundingBefore: RegExp;
  /** A since-word at the end of a text (descriptor `sinceWords`): a person after it is the subject of its clause, not a meeting's other side ("a visit to Cambodia since Hun Manet took office"). */
  sinceBefore: RegExp;
  /** A since-word opening a date phrase ("since March 2019"): the date is no event's day. */
  sinceOpens: RegExp;
  /**
   * A since-word opening a phrase that has not closed at the end of a text ("since ", "the first state
   * visit since his inauguration as President on "): a date there bounds the time since, and is the
   * day of what the phrase names, no meeting's, unless a meeting word stands in the phrase (checked by the caller).
   */
  sinceClause: RegExp;
  /**
   * A sentence opening (after a fronted phrase and its comma, if any) with a person the index does
   * not hold: a title word after capitalised words ("the Cambodian ambassador") or before a
   * capitalised name ("Ambassador Chay Navuth", "Đại sứ Campuchia"); see `personTitleWords`.
   */
  unknownPersonOpening: RegExp;
  /** A clause of a person's title word or honorific and a capitalised name closing a text (group 1 the name's words): see the descriptor's `personTitleWords`. */
  personNameAtEnd: RegExp;
  /** A possessive pronoun opening a text and the space after it ("his ", "her "): the descriptor's `possessivePronouns`. */
  possessiveOpening: RegExp;
  /** A possessive ending at the end of a text ("Chinh's "). */
  possessiveEnding: RegExp;
  /** A possessive ending opening the text right after a name ("’s proposal"). */
  possessiveAfterName: RegExp;
  /** The gap joining two people into one subject or object (",", "và", "and"). */
  chainJoiner: RegExp;
  /** Nothing but spaces and maybe an article ("the"): what may stand between an inverted speech verb and its speaker. */
  determinerOnly: RegExp;
  /** A passive opening the sentence up to its doer ("The remarks were made by "): the descriptor's passiveDoerLeads. */
  passiveDoerLead: RegExp;
  /** A comma and maybe an article (", the "): what stands between a name and a title describing that person ("Anutin Charnvirakul, the Prime Minister of Thailand"). */
  appositionGap: RegExp;
  /**
   * A comma and a conjunction between the last two people of a list ("A, B, and C"): a joiner only
   * after a list joined by commas, since after one person it joins clauses ("X met Y, and Z …").
   */
  listEndJoiner: RegExp;
  /** A comma, a title the registry does not list and a conjunction before a titled item of a list (", Saudi Crown Prince and " Prime Minister X). */
  titledItemJoiner: RegExp;
  /**
   * A semicolon (and maybe a conjunction) between two items of a list whose items carry their
   * roles after commas ("A, the Prime Minister of Thailand; B, the President of the Philippines;
   * and C"): the press sets such items off with semicolons.
   */
  semicolonJoiner: RegExp;
  /** A meeting word that is itself plural ("meetings"): with several people after it, one meeting with each. */
  pluralMeetingWord: RegExp;
  /**
   * The gap between two titles of one person joined by a conjunction, the first title's qualifier
   * words still before it ("General Secretary of the CPC [Central Committee and] President of
   * China Xi Jinping"): capitalised words, then the conjunction. No `i` flag.
   */
  sameHolderJoiner: RegExp;
  objectLinker: RegExp;
  /** A second verb joined to the meeting verb, sharing its object, opening the text (" and hug " in "greet and hug Y", ", trao đổi " in "gặp, trao đổi với Y"). */
  coordinatedVerbOpening: RegExp;
  /** A possessive linker ending the text ("… của ", "… of "): the owner of the noun before it follows. */
  ownerLinkerAtEnd: RegExp;
  /** The descriptor's object linkers of more than one word ("vợ chồng"), anywhere: blanked before the gap is read word by word. */
  objectLinkerPhrases: RegExp;
  /** A group and the word naming its members, closing the text before a person ("Cambodian leaders, including "; descriptor `groupInclusions`). */
  groupInclusionAtEnd: RegExp;
  /** Time and place adjuncts in a gap before an object ("on Monday", "in the Philippines"), to pass over. */
  gapAdjunct: RegExp;
  /** Nothing but places and days after a preposition to a sentence's end (" on February 11.", " at the Istana."). */
  adjunctsToEnd: RegExp;
  /**
   * A place between a subject and its verb, at the end of a text: "X at Miramonte Resort, Indian
   * Wells had talks with Y", "X tại Hà Nội đã hội đàm với Y" (a place name after a preposition of
   * `gapAdjunctPrepositions`, with one comma-set part after it).
   */
  placeAdjunctAtEnd: RegExp;
  /** A possessive right before a position ("của ", "of "). */
  possessiveBefore: RegExp;
  /**
   * A possessive and a determiner maybe, right before a title ("Thư ký báo chí của Tổng thống Nga",
   * "a spokesman of the President"): the title names whose staff the person is, not the person.
   */
  ownerBeforeTitle: RegExp;
  /** An object linker or possessive right before a position ("với ", "with "): what follows is an object. */
  linkerBefore: RegExp;
  /** "của X,", "với X," before a subject: X is not the sentence's subject. */
  notSubjectBefore: RegExp;
  clauseOpeners: RegExp;
  /** A meeting verb and a comma or "and" at a text's end: "X đã đón, [hội đàm]", "X welcomed and [held talks]". */
  meetingVerbJoinedAtEnd: RegExp;
  /** A sideline marker and the gathering's own words up to a text's end ("on the sidelines of the G20 "). */
  sidelineBefore: RegExp;
  /** A summit-topic phrase and the words it may have before a summit word, at a text's end (descriptor `summitTopicPhrases`): the summit is what was talked of. */
  summitTopicBefore: RegExp;
  /** A practice marker and the words it may have before a meeting word, at a text's end (descriptor `practiceMarkers`): the meeting word names a practice. */
  practiceBefore: RegExp;
  /** A practice noun ("visits") as the whole of a meeting word (descriptor `practiceNouns`). */
  practiceNoun: RegExp;
  /** Practice modifiers right before a word, "and" between them ("mutual and high-level "; descriptor `practiceModifiers`). */
  practiceModifierBefore: RegExp;
  /** A sideline or occasion phrase anywhere in a sentence ("on the sidelines of", "nhân dịp"): a gathering the meetings were told at. */
  occasionAnywhere: RegExp;
  /** A gathering marker anywhere in a sentence (descriptor `gatheringMarkers`): meetings there are sit-downs, one each, as on a sideline. */
  gatheringAnywhere: RegExp;
  /**
   * A sentence opening with a welcome verb whose welcomers it lists last (descriptor
   * `welcomerListVerbs`, after a going-out word and the place gone to: "Ra sân bay Nội Bài đón");
   * group 1 is the verb.
   */
  welcomerListOpening: RegExp;
  /** The kind of meeting each verb of `welcomerListOpening` tells, by the verb in lower case. */
  welcomerListKinds: ReadonlyMap<string, MeetingKind>;
  /** The word after which the welcomers are listed ("có", "were"), with a colon after it if any. */
  welcomerListMarker: RegExp;
  /** An occasion marker opening a sentence and nothing after it ("Nhân dịp ", "On the occasion of "): what stands before the person a fronted occasion names. */
  occasionOpening: RegExp;
  /** An occasion or sideline marker and the rest of its clause up to a text's end ("nhân dịp tham dự ", "on the occasion of attending the ASEAN "). */
  occasionBefore: RegExp;
  /** A fronted prepositional phrase from its start: "Besides ", "Ngoài " (see LanguageDescriptor.frontedPrepositions). */
  frontedPhrase: RegExp;
  /** A clause opening with a participle and a lowercase word ("Talking to ", "Meeting with "; `participleEndings`). */
  frontedParticiple: RegExp;
  /** A conjunction at the end of a text ("… và "). */
  conjunctionAtEnd: RegExp;
  /** A word making the participle after it the manner of the clause's act, at the end of a text ("… by "; `mannerBeforeParticiple`). */
  mannerAtEnd: RegExp;
  /** ", đồng thời" / " and" at the end of a text: a second statement of the same speaker. */
  statementJoiner: RegExp;
  passive: RegExp;
  /** A request verb right before a position ("… nhờ ", "… asked "). */
  requestBefore: RegExp;
  /** "According to " at the start of a sentence, maybe with a title the table does not hold after it ("Theo chủ tịch "). */
  accordingTo: RegExp;
  /** ", according to " at the end of a text: the source closes the sentence ("…, according to X."). */
  accordingToAtEnd: RegExp;
  /** "and his spouse Tran Nguyet Thu" at the end of a subject: a companion, not a participant. */
  companionAtEnd: RegExp;
  /**
   * The country a named person is "of", at the end of a text ("Prime Minister Hun Sen of the
   * Kingdom of Cambodia", "Thủ tướng Hun Sen của Campuchia"): capitalised words after a possessive
   * (and a determiner), with the qualifier words a title allows between them.
   */
  ownCountryAtEnd: RegExp;
  /** Nothing but a quote introducer before a quotation ("rằng:", "that"). */
  quoteLead: RegExp;
  /** A quote introducer anywhere ("that", "rằng"): what follows is what was said. */
  quoteIntroducer: RegExp;
  /** Trailing connectors to trim off a statement's text. */
  statementTail: RegExp;

  speechVerb: RegExp;
  strongSpeechVerbs: ReadonlySet<string>;
  invertedSpeechVerbs: ReadonlySet<string>;
  /** Verbs that speak only closing a quotation (descriptor `quotationOnlyVerbs`), folded as found. */
  quotationOnlyVerbs: ReadonlySet<string>;
  nounMarkers: ReadonlySet<string>;
  nounAfter: RegExp;

  /** One alternation of every meeting phrase; `meetingKindOf` maps a match to its kind. */
  meetingWord: RegExp;
  /**
   * A meeting phrase of two words or more with a time or place after its first word ("spoke today
   * with", "talked on Monday with"): the phrase is group 1 and group 2 joined by a space.
   */
  meetingWordGapped: RegExp;
  meetingKindOf: (phrase: string) => MeetingKind | null;
  /** Every false friend in a sentence, wherever the meeting word stands in it ("thăm hỏi", "hỏi thăm"): global, for matchAll. */
  meetingFalseFriends: RegExp;
  /** A country false friend opening the text (descriptor `countryFalseFriends`): no country there. */
  countryFalseFriendOpening: RegExp;
  /** A phone marker ("by phone") anywhere in a text. */
  phoneMarker: RegExp;
  /** A verb that tells a call only with a phone marker after it (descriptor `phoneOnlyVerbs`); global, for matchAll. */
  phoneOnlyVerb: RegExp;
  /** A bare call verb anywhere (descriptor `bareCallVerbs`): a call with a person and a follower after it. */
  bareCallVerb: RegExp;
  /** A follower of the person a bare call verb names, opening the text (descriptor `bareCallFollowers`). */
  bareCallFollower: RegExp;
  /**
   * Speech verbs written as words inside a meeting phrase or phone-only verb ("nói" in "nói
   * chuyện", "spoke" in "spoke by phone"), lower case: only these need the sentence's meeting words
   * looked up to tell speech from a meeting (speech-verbs.ts).
   */
  speechInsideMeeting: ReadonlySet<string>;
  receptionNeedsPerson: ReadonlySet<string>;
  /** After a bare reception word: a person or delegation follows. */
  receivedFollows: RegExp;
  anaphorBefore: RegExp;
  /** Right after a meeting word: another meeting than the one told before (descriptor `anotherMeetingAfter`). */
  anotherMeetingAfter: RegExp;
  /** The words of `anaphorBefore` right before a meeting word anywhere in the sentence ("… during the visit"). */
  pointerBefore: RegExp;
  /** Nothing before a meeting word but a definite article opening the sentence (descriptor `anaphorOpeners`). */
  anaphorOpener: RegExp;
  /** The whole of a meeting word that may be an appeal instead (descriptor `meetingOrAppeal`). */
  meetingOrAppealWord: RegExp;
  /** A statement opening with a `meetingOrAppeal` phrase. */
  meetingOrAppealOpens: RegExp;
  /** Every welcome verb of a text (descriptor `welcomeVerbs`): global, for matchAll. */
  welcomeVerb: RegExp;
  /** The whole of a meeting word that is a welcome verb. */
  welcomeVerbWord: RegExp;
  /** An occasion phrase opening the text after the person welcomed ("on his visit", "trong chuyến thăm"). */
  welcomeOccasion: RegExp;
  /** An appeal marker right after the person ("… to"), or anywhere in a statement's text. */
  appealAfter: RegExp;
  appealIn: RegExp;
  /** "… at a " right before a meeting word. */
  settingBefore: RegExp;
  /** "… the ", "… their " right before a meeting word (modifiers already trimmed): the word is a noun. */
  meetingNounBefore: RegExp;
  /**
   * A possessive pronoun, and the modifiers the language puts before a noun, at the end of a text
   * ("… concluding their official "): the meeting word after it is the sentence subject's own.
   */
  ownerPronounBefore: RegExp;
  /** See the descriptor's `bareTitleFollowsFocus`. */
  bareTitleFollowsFocus: boolean;
  /** A word right after a title that makes it a title to come ("-elect", "đắc cử"): see the descriptor. */
  designateAfter: RegExp;
  /** Only a word that makes the title one to come, between a title and its country ("Tổng thống đắc cử Indonesia X"). */
  designateGap: RegExp;
  /** A marker of several meetings at the end of a text ("… các cuộc ", "… held separate "): one meeting per person met. */
  separateBefore: RegExp;
  /** The same marker right after the meeting word, before its object ("met separately with A and B"). */
  separateAfter: RegExp;
  /** A marker right after a meeting's other side that gives each person of a joint subject a meeting of their own ("… with Y respectively"). */
  separateAfterObject: RegExp;
  /**
   * A light verb with the meeting noun's article and modifiers, at the end of a text ("… held
   * productive ", "… had a brief "): the meeting's subject stands before it.
   */
  lightVerbNounPhraseAtEnd: RegExp;
  /** A word that makes a call one of several people at once (descriptor `multilateralMarkers`). */
  multilateralMarker: RegExp;
  /** A bilateral marker (descriptor `bilateralMarkers`) anywhere in a text. */
  bilateralMarker: RegExp;
  /** Nothing but a joiner of a further person met on their own (descriptor `separateListJoiners`), with an optional comma. */
  separateListJoin: RegExp;
  /** A meeting phrase that opens with a light verb ("held talks"): told as a predicate. */
  lightVerbOpens: RegExp;
  /** A meeting word that is a finite verb (`finiteMeetingVerbs`), tested on the word alone. */
  finiteMeetingVerb: RegExp;
  /** See the descriptor's `passiveDoerBeforeVerb`. */
  passiveDoerBeforeVerb: boolean;
  /** A passive marker and what follows it in the same clause, at the end of a text ("… được Thủ tướng X "). */
  passiveMarkerInClause: RegExp;
  /** Modifiers after a meeting noun at the start of a gap ("… đầu tiên với", "… kéo dài 20 phút với"): passed over before the object. */
  meetingModifierAfter: RegExp;
  /** The name of the body whose meeting it is, after the meeting noun and before "with" (meetingBodyLinkers). */
  meetingBodyAfter: RegExp;
  /** Roles listed before a person's title and set off by commas, at the end of a text ("với Ủy viên Bộ Chính trị, "). */
  listedRolesAtEnd: RegExp;
  /** A headline's separator between speaker and statement, with the space after it (headline-statement.ts). */
  headlineSeparator: RegExp;
  /** A shared linker opening the gap after a meeting noun ("with"): its object is the other side only. */
  sharedLinkerAfter: RegExp;
  /** A linker naming both sides ("between", descriptor `bothSidesLinkers`) at the start of the text after a meeting noun. */
  bothSidesLinkerAfter: RegExp;
  /** A both-sides linker ending the text, right before the first side ("… giữa "). */
  bothSidesLinkerAtEnd: RegExp;
  /** The gap between the two sides after a both-sides linker, when a joiner of its own fills it ("với", descriptor `bothSidesJoiners`). */
  bothSidesJoiner: RegExp;
  /** The linker of a shared act ("with", "với") anywhere, as a word (global: for matchesOf). */
  sharedLinkerAnywhere: RegExp;
  /** A shared linker at the end of a text ("… with "): the person after it is an object, not a subject. */
  sharedLinkerBefore: RegExp;
  /** A passive marker at the end of a text ("… was "), before a meeting verb. */
  passiveBefore: RegExp;
  /**
   * An agent marker right after a meeting verb, or a few words after it: lowercase ones (" by",
   * " to lunch by", " to an official dinner by") or a day's (" on Monday by", " today (May 5) by").
   * The doer follows.
   */
  agentAfter: RegExp;
  /** An agent marker right after the word, nothing between ("received by "): a passive participle without its marker. */
  agentRightAfter: RegExp;
  /** A beneficiary linker and nothing but object linkers, honorifics or a country's counterpart ("Lao counterpart", "New Zealand counterpart") at the end of a text ("… for visiting "). */
  beneficiaryBefore: RegExp;
  /** Between a guest and a reception noun: a linker and an article ("to a", "dự"), to the end of the text (inviteToEvent). */
  inviteLinkerBetween: RegExp;
  /** A statement's text that invites its object to an act of a welcome ceremony ("mời Y bước lên bục danh dự"; descriptor `ceremonyActs`). */
  ceremonyInvitation: RegExp;
  /** An inviting verb at the end of a text ("… invited ", "… mời "), its honorifics after it allowed (inviteToEvent). */
  inviteVerbAtEnd: RegExp;
  /**
   * What may stand between an invitation phrase and the host who invited: object linkers,
   * honorifics, "his Lao counterpart", "người đồng cấp Lào" ("at the invitation of his Lao
   * counterpart Y"). No `i` flag: the country word by a counterpart noun is capitalised.
   */
  inviterGap: RegExp;
  /** A counterpart or leader noun and a comma at the end of a text ("with his counterpart, ", "with China's new top diplomat, "): the name after it is in apposition. */
  counterpartCommaAtEnd: RegExp;
  /** An office named in words of its own before a comma and its holder, opening the gap ("the Chairman of the … Commission of the Party, "); see the descriptor's `appositionTitleOpeners`. */
  appositionTitleGap: RegExp;
  /** A lowercase word other than the office names' linkers right after a name: the name's own clause goes on ("…, Y said"). */
  clauseGoesOnAfter: RegExp;
  /**
   * A counterpart noun and its country, capitalised, at the end of a text ("với người đồng cấp
   * Nhật Bản "): the name right after it is the counterpart, however many words the country has.
   */
  counterpartCountryAtEnd: RegExp;
  /**
   * A delegation word and its country after it at the end of a text, where the language puts the
   * country after the noun ("tiếp Đại sứ Lào "): the person right after it is the one received.
   */
  delegationCountryAtEnd: RegExp;
  /**
   * A dateline before a sentence's first word ("JAKARTA - ", "HANOI, Dec 1 (VNA) — "): not
   * part of the sentence's grammar. An engine shape: a capitalised place and a dash.
   */
  datelineLead: RegExp;
  recallBefore: RegExp;
  /** A plural determiner before a meeting word (recallDeterminers): recalled when no day is given. */
  recallDeterminerBefore: RegExp;
  notYetBefore: RegExp;
  /** A sentence's opening planned-word (descriptor `plannedOpeners`): every meeting it tells is still to come. */
  plannedOpening: RegExp;
  /** The whole gap between a planned meeting noun and the next one, when it joins them (notYetSharedJoiners). */
  notYetShared: RegExp;
  /** A cancellation word (`cancelledWords`) in the text after a meeting word, before any ";": it did not take place. */
  cancelledAfter: RegExp;
  /** A condition word (`conditionalWords`) after a meeting word, in the meeting's own phrase: it has not taken place. */
  conditionalAfter: RegExp;
  /** A time still to come (`laterWords`) after a meeting word, in its own phrase (no stop or comma before it): planned, not held. */
  laterAfter: RegExp;
  /** A report's verb (`reportVerbs`) right after a day, before any comma: the day is the report's. */
  reportAfterDate: RegExp;
  /** A speech verb ending a text ("… said "): a day phrase right after it is the saying's ("said Friday he spoke to Y"). */
  speechVerbBeforeDate: RegExp;
  invitedBy: RegExp;
  /** Before a host who owns the invitation ("… at "), at the end of a text; see the descriptor's `invitedByOwner`. */
  ownerInvitationBefore: RegExp;
  /** After that host ("'s invitation"), at the start of a text. */
  ownerInvitationAfter: RegExp;
  invitedLead: RegExp;
  /** An invitation phrase anywhere ("… theo lời mời của ", "… at the invitation of "): the host follows. */
  invitedAnywhere: RegExp;
  /** An attend verb ("tham dự", "attended"). */
  attendVerb: RegExp;
  /** An attend verb and a determiner or noun marker up to a text's end ("attended the ", "tham dự cuộc "): a meeting being pointed at. */
  attendedBefore: RegExp;
  /** A noun marker opening a meeting phrase ("cuộc " gặp): part of a setting before it ("trong cuộc"). */
  nounMarkerLead: RegExp;
  /** Nothing but clause joiners ("; ", ", và ", " and "): a second predicate of the same subject follows. */
  predicateJoin: RegExp;
  ledByBefore: RegExp;
  /** A delegation noun anywhere in a text (descriptor `delegationNouns`). */
  delegationNoun: RegExp;
  ledByAfter: RegExp;
  /**
   * The leading verb after a person's roles, each set off by commas and written with a capital ("do
   * Đại tướng X, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an Lào dẫn đầu"); case-sensitive.
   */
  ledByAfterRoles: RegExp;
  /**
   * The whole gap between a subject and its meeting word when the subject leads a delegation to it
   * ("X đã dẫn đầu Đoàn đại biểu cấp cao nước ta hội đàm với …"): a leading verb (`ledByAfter`)
   * and a delegation noun with its words, no comma. Never where leading verbs come before the person.
   * Or the delegation going with them, named by its body ("X và Đoàn đại biểu cấp cao Bộ Công an
   * Việt Nam tới chào xã giao Y"): a conjunction and a delegation noun, whose words the companion
   * phrases' capitalised tail cannot read ("Bộ Công an" writes its last word small).
   */
  leadsDelegationGap: RegExp;
  /** A phrase right before a person that says alone they chaired it (descriptor `chairedByBefore`). */
  chairedByBefore: RegExp;
  /** An after-pointer opening a sentence ("Ngay sau ", "Following the "; descriptor `afterPointers`). */
  afterPointerOpens: RegExp;
  /** "Cùng ngày", "Chiều cùng ngày", "On the same day" opening a sentence: the day of the meeting just told (descriptor `sameDay`). */
  sameDay: RegExp;
  /** A comma and a joint verb after a meeting clause ("…, nhất trí …"): see LanguageDescriptor.jointAfterMeeting. */
  jointAfterMeeting: RegExp;
  /** A statement's whole text that is a verb, its audience and a setting, with no content (LanguageDescriptor.audiencePhrases). */
  audienceOnly: RegExp;
  /** A source attribution and its source at the end of a text ("Quoted from ANTARA, "): a date after it is the report's. */
  sourceBefore: RegExp;
  /** A date introducer at the end of a text ("vào", "in"). */
  eventDateBefore: RegExp;
  /** The whole gap between a meeting word and its date is a held-on predicate (" diễn ra ", " took place on "; descriptor `heldOnPredicates`). */
  heldOnGap: RegExp;
  /** A date phrase that itself opens with an introducer. */
  eventDateLead: RegExp;
  /** A date phrase opening with a word that makes it the time of the clause before it ("ngày 27/10", "chiều 27/10"; descriptor `eventDateWords`). */
  eventTimeLead: RegExp;
  newInOffice: RegExp;
  /** Every new-in-office phrase of a text (global: read with matchAll). */
  newInOfficeEach: RegExp;
  /** The whole of a new-in-office phrase written before its name (LanguageDescriptor.newInOfficeBeforeName). */
  newInOfficeBeforeName: RegExp;

  placeAfterPreposition: RegExp;
  placeStop: RegExp;
  destination: RegExp;
  destinationPreposition: RegExp;
  placeLead: RegExp;
}

const cache = new Map<LanguageCode, LanguageRules>();

/** The compiled rules of one language (memoised: descriptors are constant). */
export function rulesFor(code: LanguageCode): LanguageRules {
  let rules = cache.get(code);
  if (!rules) {
    rules = compileRules(descriptorFor(code));
    cache.set(code, rules);
  }
  return rules;
}


const L = '[\\p{L}\\p{M}]';
/** A source tag opening a lead ("(CLO) ", "(VOV5) - "): not part of the sentence's grammar. */
const SOURCE_TAG = '(?:\\([\\p{Lu}\\p{N}.]{2,10}\\)\\s*[-–—]?\\s*)?';
/**
 * An acronym in brackets ("(CPC)", "(NA)"): an aside that names the body before it, read by the
 * title's join gap here and by the object's gap in subject-of.ts, so both agree on what one is.
 */
export const BRACKETED_ACRONYM = '\\([\\p{Lu}\\p{N}.-]{2,}\\)';
/** An acronym in brackets after a qualified title: "… of China (CPC) and …". */
const ACRONYM = `(?:${BRACKETED_ACRONYM}\\s*)?`;
/**
 * A dateline: a place in capitals (with a date or a source after a comma), then a dash —
 * "JAKARTA - ", "HANOI, Dec 1 (VNA) — ", "VOV.VN - ". Only at the start of a text.
 */
// "HANOI, Dec 1 —", or a place in title case with the agency after it: "Hanoi, July 13 (VNA) –".
// The agency may be written in title case and may follow the place at once, as the wires write
// it: "HANOI (Reuters) - ", "BEIJING (Xinhua) -- ", "Hanoi (Bernama) – ".
// A place in capitals alone may also end with a colon, as Bangkok Post, Business Recorder and
// Kyodo write it: "TOKYO: ", "BEIJING: " (a place in title case with a colon is a label, "Hanoi: …");
// a place in title case with a day or the outlet after a comma, then a colon, is a dateline again:
// "New Delhi, April 10: ", "Riyadh, The Gulf Observer: ", "Phnom Penh, 6 May 2023 (TDI): ".
// Two in a row, as wire relays write a country's then a city's: "VIETNAM, August 5 - HÀ NỘI — ".
// The agency's closing parenthesis may end the dateline without a dash after a day, as IANS writes
// it: "Moscow, May 31 (IANS) Russian Foreign Minister …" (not "Prime Minister (PM) ").
const DATELINE =
  /^\s*(?:[\p{Lu}][\p{Lu}\p{M}.'’]+(?:\s+[\p{Lu}][\p{Lu}\p{M}.'’]+){0,3}\s*:|[\p{Lu}][\p{L}\p{M}.'’]+(?:\s+[\p{Lu}][\p{L}\p{M}.'’]+){0,2},[^:;.!?“”"]{1,30}:|(?:(?:[\p{Lu}][\p{Lu}\p{M}.'’]+(?:\s+[\p{Lu}][\p{Lu}\p{M}.'’]+){0,3}(?:,[^–—\-]{1,30}|\s*\([\p{Lu}][\p{L}\p{N}/]{1,11}\))?|[\p{Lu}][\p{L}\p{M}.'’]+(?:\s+[\p{Lu}][\p{L}\p{M}.'’]+){0,2}(?:,[^–—\-()]{1,30})?\s*\([\p{Lu}][\p{L}\p{N}/]{1,11}\))(?:\s*[-–—]+|(?<=\d\s*\([\p{Lu}][\p{L}\p{N}/]{1,11}\)))\s*){1,2})\s*$/u;
/** One or more capitalised words: a place name ("Indian Wells", "Hà Nội"). */
const CAPITALISED_WORDS = `[\\p{Lu}][\\p{L}\\p{M}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}.'’-]*)*`;
/** Capitalised words a named meeting may have before its noun ("the first Australia-Malaysia Annual Leaders’ Meeting"). */
const NAMED_MEETING_WORDS = 4;
/** Characters one role before a delegation's leader may take ("Ủy viên Trung ương Đảng, "): descriptor `ledByRolesBefore`. */
export const LED_ROLE_REACH = 60;
/** A role's text in a list of roles before a name: no clause mark, a parenthesis only around an acronym ("Đảng Hành động Nhân dân (PAP)"). */
const ROLE_TEXT = `(?:[^,;:.“”"«»()]|\\([\\p{Lu}\\p{N}.-]{2,}\\))`;
/**
 * One word of a name after a title: capitalised, its hyphenated parts in either case ("Byeong-Seug",
 * "Jae-myung"), a capitalised part after an apostrophe ("D’Hose", "O'Brien"), or an initial before
 * a further word ("Wesley W. Simina").
 */
// "McCully", "DeSombre", "MacArthur": a short first part of two or three letters, then a capital.
// "Felipe VI", "Leo XIV": a regnal number of two letters or more, whole (not "V" of "VI").
const NAME_WORD = `(?:(?=[IVX]{2})X{0,3}(?:IX|IV|VI{0,3}|I{1,3})(?![\\p{L}\\p{M}])|[\\p{Lu}]\\.(?=\\s+[\\p{Lu}])|[\\p{Lu}][\\p{Ll}\\p{M}'’]*(?:(?<=['’]|(?<![\\p{L}\\p{M}])[\\p{Lu}][\\p{Ll}]{1,2})[\\p{Lu}][\\p{Ll}\\p{M}'’]*)?(?:-[\\p{L}][\\p{Ll}\\p{M}'’]*)*)`;

/** Initials written together in capitals, before two further words of the name ("AK Abdul Momen"). */
const INITIALS_WORD = `[\\p{Lu}]{2,3}(?=\\s+[\\p{Lu}][\\p{Ll}]+\\s+[\\p{Lu}][\\p{Ll}])`;

const NOT_L_BEFORE = '(?<![\\p{L}\\p{M}])';
/** A word written with a capital ("Party", "People's"). */
const CAPITALISED = "[\\p{Lu}][\\p{L}\\p{M}'’-]*";
/** How many lowercase words may stand between a passive meeting verb and its agent marker ("hosted to an official dinner by"). */
const AGENT_REACH_WORDS = 4;

/** How long a group told before the word naming its members may be, in characters ("to Cambodian leaders, including "). */
const GROUP_REACH = 60;
/** How far after a meeting word a time still to come is of its own phrase ("visit to China later this year"). */
const LATER_REACH = 60;

/** How far, in characters, a date may stand after the since-word opening its phrase ("since his inauguration as President of the Republic of Indonesia on "). */
const SINCE_CLAUSE_REACH = 90;
/**
 * How much of a text before a day a `sinceClause` test reads, in characters: the clause's reach
 * and its since-word. Both the meetings' dates and the article's lead day read it so.
 */
export const SINCE_CLAUSE_LOOKBACK = 120;
/** An opening quotation mark: a few of the writer's words may stand in quotes inside a phrase (a scare quote). */
const OPEN_QUOTE = '[“"«]';
/** A closing quotation mark after a quoted modifier: 'held "wide-ranging" talks'. */
const CLOSE_QUOTE = '[”"»]';
const NOT_L_AFTER = '(?![\\p{L}\\p{M}])';

/** How long an aside in brackets between a subject and its verb may be, in characters ("(10 July)", "(pictured, right)"). */
const BRACKETED_ASIDE_REACH = 30;

/** How long the place between a going-out word and the welcome verb may be ("Ra sân bay quốc tế Nội Bài đón"), in characters. */
const GOING_OUT_PLACE_REACH = 60;

/** The pattern of {@link LanguageRules.welcomerListOpening}. */
function welcomerListOpening(d: LanguageDescriptor): RegExp {
  const verbs = Object.values(d.welcomerListVerbs).flat();
  if (verbs.length === 0) return /(?!)/u;
  const goingOut = d.welcomerListGoingOut.length === 0 ? '' : `(?:(?:${wordAlternation(d.welcomerListGoingOut)})(?:\\s+[^,;:.!?]{0,${GOING_OUT_PLACE_REACH}}?)?\\s+)?`;
  return new RegExp(`^\\s*${goingOut}(${wordAlternation(verbs)})(?=\\s)`, 'iu');
}

/**
 * The pattern of {@link LanguageRules.meetingWordGapped}: the first words of the phrases of two
 * words or more, an adjunct, and the rest of those phrases (which first word goes with which rest
 * is the caller's to check, by the phrase's kind).
 */
function gappedPhrases(phrases: readonly string[], gapAdjunct: string | null): RegExp {
  const split = phrases.filter((p) => p.includes(' '));
  if (gapAdjunct === null || split.length === 0) return /(?!)/gu;
  const firsts = new Set(split.map((p) => p.slice(0, p.indexOf(' '))));
  const rests = new Set(split.map((p) => p.slice(p.indexOf(' ') + 1)));
  return new RegExp(`${NOT_L_BEFORE}(${wordAlternation(firsts)})\\s+(?:${gapAdjunct})\\s+(${wordAlternation(rests)})${NOT_L_AFTER}`, 'giu');
}

/** Characters the role before a verb may take ("lãnh đạo Đảng, Nhà nước và nhân dân Việt Nam"). */
const ROLE_BEFORE_VERB_REACH = 80;

/** Builds a language's rules from its descriptor. Exported for tests that build a made-up language. */
export function compileRules(d: LanguageDescriptor): LanguageRules {
  const alt = wordAlternation;
  const words = (list: readonly string[]) => `${NOT_L_BEFORE}(?:${alt(list)})${NOT_L_AFTER}`;
  const honorifics = alt(ALL_HONORIFICS);
  const kindByPhrase = new Map<string, MeetingKind>();
  for (const kind of MEETING_KINDS) for (const p of d.meetingPhrases[kind]) kindByPhrase.set(foldSpaces(p), kind);
  // "X called on President Y": a courtesy call unless an appeal follows (meetingOrAppeal).
  for (const p of d.meetingOrAppeal) kindByPhrase.set(foldSpaces(p), 'courtesy_call');
  // A call told with what it was for counts, as a reception word does, only with a person after it.
  for (const p of d.callsWithPurpose) kindByPhrase.set(foldSpaces(p), 'phone_call');
  const receptionNeedsPerson = new Set([...d.receptionNeedsPerson, ...d.callsWithPurpose].map((w) => w.toLowerCase()));
  // Predicates that may share their subject with the verb after them: not a call told with its purpose.
  const withPurpose = new Set(d.callsWithPurpose.map(foldSpaces));
  const joinablePhrases = [...kindByPhrase.keys()].filter((p) => !withPurpose.has(p));
  // "in the Vietnamese capital", "in the capital": a common noun ending a place, or standing for it.
  const placeNoun = d.gapPlaceNouns.length === 0 ? null : `(?:${alt(d.gapPlaceNouns)})${NOT_L_AFTER}`;
  // A place or time named after a preposition: "in Hanoi", "at the Peace Palace", "on Monday".
  const namedAdjunct =
    d.gapAdjunctPrepositions.length === 0
      ? null
      : `(?:${alt(bothCases(d.gapAdjunctPrepositions))})\\s+(?:(?:${alt(bothCases(d.determiners))})\\s+)?(?:[\\p{Lu}\\p{N}][\\p{L}\\p{M}\\p{N}.'’/-]*(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{M}\\p{N}.'’/-]*)*${placeNoun === null ? '' : `(?:\\s+${placeNoun})?|${placeNoun}`})`;
  // A time or place between a verb and its object: a named one, "here", "this morning".
  const gapAdjunctParts = [
    ...(namedAdjunct === null ? [] : [namedAdjunct]),
    ...(d.gapAdjunctWords.length === 0 ? [] : [`(?:${alt(bothCases(d.gapAdjunctWords))})${NOT_L_AFTER}`]),
    // "Talks were held between X and Y": the noun's own predicate stands where an adjunct would.
    ...(d.meetingNounPredicates.length === 0 ? [] : [`(?:${alt(bothCases(d.meetingNounPredicates))})${NOT_L_AFTER}`]),
  ];
  const gapAdjunct = gapAdjunctParts.length === 0 ? null : `${NOT_L_BEFORE}(?:${gapAdjunctParts.join('|')})`;
  // One of `openers` and the lowercase modifiers the language puts before a noun, at the end of a
  // text: the meeting noun after it belongs to that noun phrase ("the effective and substantive ").
  // How long a meeting lasted: "20 phút", "30-minute", "lasting 2 hours".
  const durationUnits = d.meetingDurations.units.length === 0 ? null : `\\d+(?:[.,]\\d+)?(?:\\s*-\\s*|\\s+)(?:${alt(d.meetingDurations.units)})${NOT_L_AFTER}`;
  const duration = durationUnits === null ? null : `(?:(?:${alt(d.meetingDurations.introducers)})\\s+)?${durationUnits}`;
  const nounPhraseOpenAtEnd = (openers: readonly string[]): RegExp =>
    new RegExp(
      `(?:^|\\s)(?:${alt(bothCases(openers))})(?:\\s+(?:[\\p{Ll}][\\p{L}\\p{M}-]*${durationUnits === null ? '' : `|${durationUnits}`}),?){0,${d.meetingNounModifierWords}}\\s+$`,
      'u',
    );
  // One of `words`, then the rest of its clause (up to 40 characters) to a text's end: a meeting word after it is recalled.
  const recallAtEnd = (words: readonly string[]): RegExp => new RegExp(`${NOT_L_BEFORE}(?:${alt(words)})${NOT_L_AFTER}[^;.]{0,40}$`, 'iu');
  const light = d.meetingLightVerbs;
  const lightVerbNounPhraseAtEnd =
    light.verbs.length === 0
      ? /(?!)/u
      : new RegExp(
          // "had “very productive meetings” with Y": the noun phrase may open a quoted phrase; a
          // quoted modifier may close it ('held "wide-ranging" talks with Y').
          // "held the first Australia-Malaysia Annual Leaders’ Meeting": a named meeting's capitalised words after them.
          // "co-chaired the 10th meeting": a round in figures among the modifiers.
          // "held here Saturday strategic consultations": place and time adverbs right after the verb.
          `${NOT_L_BEFORE}(?:${alt(bothCases(light.verbs))})(?:\\s+(?:${alt(bothCases(d.gapAdjunctWords))})${NOT_L_AFTER}){0,2}(?:\\s+(?:${alt(bothCases(light.articles))}))?(?:\\s+${OPEN_QUOTE}?(?!(?:${alt(light.notModifiers)})${NOT_L_AFTER})(?:[\\p{Ll}\\d][\\p{L}\\p{M}\\d-]*${durationUnits === null ? '' : `|${durationUnits}`})${CLOSE_QUOTE}?,?){0,${d.meetingNounModifierWords}}(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*){0,${NAMED_MEETING_WORDS}}\\s+${OPEN_QUOTE}?$`,
          'u',
        );
  const modifiersAfter = [...(d.meetingModifiersAfter.length > 0 ? [`(?:${alt(d.meetingModifiersAfter)})${NOT_L_AFTER}`] : []), ...(duration === null ? [] : [duration])];
  const countryFirst = !d.countryAfterLeaderNoun;
  const det = d.determiners.length > 0 ? `(?:${alt(d.determiners)})\\s+` : '';
  // An article that may stand there or not ("of the Philippines and Indonesia").
  const optionalDet = det ? `(?:${det})?` : '';
  // A modifier of a title standing before it ("new", "newly appointed", "tân"), maybe.
  const optionalModifier = d.appositionModifiers.length > 0 ? `(?:(?:${alt(d.appositionModifiers)})\\s+)?` : '';
  const leaderNoun = countryFirst
    ? // "the Lao leader", or a possessive with no article: "China’s top leader".
      `${NOT_L_BEFORE}(?:${det}|(?=[\\p{Lu}][\\p{L}\\p{M}-]*(?:${alt(d.possessiveEndings)})\\s))([\\p{Lu}][\\p{L}\\p{M}'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*)?)\\s+(?:${alt(d.leaderNouns)})${NOT_L_AFTER}`
    : // "nhà lãnh đạo Nga", "người đứng đầu nước Nga": a qualifier word maybe before the country.
      `${NOT_L_BEFORE}(?:${alt(d.leaderNouns)})\\s+(?:(?:${alt(d.qualifierWords)})\\s+)?([\\p{Lu}][\\p{L}\\p{M}'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*)?)`;
  // The country before "counterpart", as long as a country's name runs: "Lao", "New Zealand",
  // "Republic of Korea", with the lowercase words a title's qualifiers allow between its words.
  // "the Lao side", "the Lao leaders", "phía Lào": the country's people at the meeting being told.
  const countryGroup = countryFirst
    ? `${NOT_L_BEFORE}(?:${det})([\\p{Lu}][\\p{L}\\p{M}'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*)?)\\s+(?:${alt(d.countryGroupNouns)})${NOT_L_AFTER}`
    : `${NOT_L_BEFORE}(?:${alt(bothCases(d.countryGroupNouns))})\\s+([\\p{Lu}][\\p{L}\\p{M}'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*)?)`;
  // A country named after a counterpart noun ("người đồng cấp Lào", "người đồng cấp Hàn Quốc"), up to two capitalised words.
  // One word qualifying a title: capitalised (a Vietnamese proper noun's lowercase second syllable
  // with it), or one of the language's qualifier words.
  const qualifierWord = `(?:[\\p{Lu}][\\p{L}\\p{M}'’.-]*${d.firstSyllableCapitalised ? '(?:\\s+[\\p{Ll}][\\p{L}\\p{M}]*)?' : ''}|${alt(d.qualifierWords)})`;
  const countryAfterCounterpart = `[\\p{Lu}][\\p{L}\\p{M}'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*)?`;
  const countryModifier = `(?:[\\p{Lu}][\\p{L}\\p{M}'’-]*\\s+(?:(?:${alt(d.qualifierWords)})\\s+){0,2}){0,3}`;
  const countryWord = `([\\p{Lu}][\\p{L}\\p{M}'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*)?)`;
  // "X và Phu nhân, Y …": a spouse beside a person does not end the list. "X and his Lao
  // counterpart, Y": the name in apposition after a comma, as after a space. "A, B and new UK
  // Prime Minister C", "X và tân Thủ tướng Y": a modifier of the next title. `core` joins the two.
  const chainJoinerWith = (core: string): RegExp =>
    new RegExp(
      `^(?:\\s+(?:${alt(d.companionPhrases)})(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’.-]*){0,4})?\\s*(?:${core})\\s*(?:${det})?${optionalModifier}(?:(?:(?:${alt(d.possessivePronouns)})\\s+)?${countryModifier}(?:${alt(d.counterparts)})\\s*,?\\s*(?:${countryAfterCounterpart}\\s*,?\\s+)?)?(?:(?:${honorifics})\\s*)?$`,
      'iu',
    );
  // "his Lao counterpart", or the country after a linker: "his counterpart from Timor Leste" (group 2).
  // The wires drop the pronoun before the country ("held talks with Mongolian counterpart X"), not
  // before the linker ("a counterpart from …" is anyone's). Case-sensitive, so that the country word
  // is a capitalised one ("with Mongolian" is not): the words around it are given in both cases.
  const possessive = alt(bothCases(d.possessivePronouns));
  const sameOffice = alt(bothCases(d.sameOfficeNouns));
  const counterpartNoun = countryFirst
    ? `${NOT_L_BEFORE}(?:(?:(?:${possessive})\\s+)?${countryWord}\\s+(?:${sameOffice})${NOT_L_AFTER}${
        d.counterpartCountryLinkers.length > 0 ? `|(?:${possessive})\\s+(?:${sameOffice})\\s+(?:${alt(bothCases(d.counterpartCountryLinkers))})\\s+${countryWord}` : ''
      })`
    : `${NOT_L_BEFORE}(?:${alt(d.sameOfficeNouns)})\\s+${countryWord}`;
  return {
    code: d.code,
    descriptor: d,
    titleJoinGap: new RegExp(`^\\s*${ACRONYM}(?:,|\\s|${alt(d.titleJoiners)})?\\s*$`, 'iu'),
    // "(Hội đồng Đại biểu Nhân dân)", "(tức Hạ viện)": an aside naming the institution another way.
    // Last, an initial written against the name: "President F.Hollande", "Prime Minister U.Khurelsukh".
    qualifierGap: new RegExp(
      `^\\s+(?:(?:${qualifierWord}|\\([\\p{Lu}\\p{N}.-]{2,}\\)|\\((?:(?:${alt(d.asideMarkers)})\\s+)?${qualifierWord}(?:\\s+${qualifierWord}){0,6}\\))\\s+){0,9}(?:[\\p{Lu}]\\.)?$`,
      'u',
    ),
    roleAppositionAfter: new RegExp(
      `^\\s*,\\s*(?:(?:[\\p{Lu}][\\p{L}\\p{M}'’.-]*${d.firstSyllableCapitalised ? '(?:\\s+[\\p{Ll}][\\p{L}\\p{M}]*)*' : ''}|${alt(d.qualifierWords)})\\s+){0,9}[\\p{Lu}][\\p{L}\\p{M}'’.-]*${d.firstSyllableCapitalised ? '(?:\\s+[\\p{Ll}][\\p{L}\\p{M}]*)*' : ''}(?=\\s*,)`,
      'u',
    ),
    countryBeforeTitle: d.countryBeforeTitle,
    countryTitleGap: new RegExp(`^(?:${alt(d.possessiveEndings)})?\\s+${optionalModifier}$`, 'u'),
    rankOnly: d.rankAnaphors.ranks.length === 0 ? /(?!)/u : new RegExp(`^(?:${alt(d.rankAnaphors.ranks)})$`, 'u'),
    rankBeforeCapital: d.rankAnaphors.ranks.length === 0 ? /(?!)/gu : new RegExp(`(?<![\\p{L}\\p{M}-])(${alt(d.rankAnaphors.ranks)})\\s+(?=\\p{Lu})`, 'gu'),
    rankAnaphor:
      d.rankAnaphors.ranks.length === 0
        ? /(?!)/gu
        : // Without determiners, no group for them at all: an optional never-matching group before
          // the ranks would keep V8 from skipping ahead to a rank's first letter.
          new RegExp(`(?<![\\p{L}\\p{M}-])${d.rankAnaphors.determiners.length === 0 ? '' : `(?:${alt(d.rankAnaphors.determiners)})\\s+`}(${alt(d.rankAnaphors.ranks)})(?![\\p{L}\\p{M}-])(?!\\s+[\\p{Lu}])`, 'gu'),
    nameAfterTitle: new RegExp(`^\\s+(?:(?:${honorifics})\\s+){0,3}(${d.initialsWithoutDots ? `(?:${INITIALS_WORD}\\s+)?` : ''}${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})`, 'u'),
    nameParticleWords: new Set(d.nameParticles.map((w) => w.toLowerCase())),
    nameBeforeParticle:
      d.nameParticles.length === 0 ? /(?!)/u : new RegExp(`^\\s+(?:(?:${honorifics})\\s+){0,3}(${NAME_WORD})(?=\\s+(?:${alt(d.nameParticles)})(?:\\s+|-)[\\p{Lu}])`, 'u'),
    nameParticleAfter:
      d.nameParticles.length === 0 ? /(?!)/u : new RegExp(`^\\s+(?:${alt(bothCases(d.nameParticles))})(?:\\s+(?:${alt(bothCases(d.nameParticles))}))*(?:\\s+|-)${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}`, 'u'),
    institutionWords: new Set(d.institutionWords.map((w) => w.toLowerCase())),
    honorificWords: new Set(ALL_HONORIFICS.flatMap((h) => foldName(h).split(' ')).filter((w) => w.length > 0)),
    headlineWords: new Set(d.headlineWords.map((w) => w.toLowerCase())),
    settingOnly: new RegExp(`^\\s*(?:${alt(d.placePrepositions)})\\s+[^,;:“”"«»]{1,60}$`, 'iu'),
    officeBefore: d.officeNounsBefore.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.officeNounsBefore)})\\s+$`, 'u'),
    spouseBefore: d.spouseWordsBeforeTitle.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.spouseWordsBeforeTitle)})\\s+$`, 'iu'),
    officeAfter: d.officeNounsAfter.length === 0 ? /(?!)/u : new RegExp(`^\\s*(?:${alt(d.officeNounsAfter)})${NOT_L_AFTER}`, 'u'),
    // A deputy's title or a local one ("City Party Chief"): another office than the title names.
    deputyBefore: new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${alt([...d.deputyWords, ...d.localWordsBeforeTitle])})[\\s-]*$`, 'iu'),
    formerOpening: d.formerWords.length === 0 ? /(?!)/u : new RegExp(`^(?:${alt(d.formerWords)})(?:(?<=-)|\\s+)`, 'iu'),
    capacityBefore: d.capacityWords.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.capacityWords)})\\s+$`, 'iu'),
    formerBefore: d.formerWords.length === 0 ? /(?!)/u : new RegExp(`(?:^|[^\\p{L}\\p{M}-])(?:${alt(d.formerWords)})(?:(?<=-)|\\s+)$`, 'iu'),
    pronoun: new RegExp(`${NOT_L_BEFORE}(${alt(d.pronouns)})${NOT_L_AFTER}`, 'giu'),
    firstPerson: d.firstPersonPronouns.length === 0 ? /(?!)/gu : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.firstPersonPronouns)})${NOT_L_AFTER}`, 'gu'),
    // With a leader noun that names no office after it ("the host leader"): still the host, not a
    // leader noun of its own that the last speaker would take.
    hostOrGuest: new RegExp(`${NOT_L_BEFORE}(?:(${alt(d.hostNouns)})|(${alt(d.guestNouns)}))(?:\\s+(?:${alt(d.genericLeaderNouns)}))?${NOT_L_AFTER}`, 'giu'),
    // A counted title first: "hai vị Thủ tướng" is that group, not "hai vị" before a title.
    group: new RegExp(
      // Without counters after a title (English has none), no alternative for them: a dead one is still tried at every position.
      `${NOT_L_BEFORE}((?:${alt(d.groupCounters)})\\s+(?:${alt(d.groupTitles)})|${d.groupTitleCounters.length === 0 ? '' : `(?:${alt(d.groupTitles)})\\s+(?:${alt(d.groupTitleCounters)})|`}${alt(d.groups)})${NOT_L_AFTER}${d.groupQualifiersAfter.length > 0 ? `(?!\\s+(?:${alt(d.groupQualifiersAfter)})${NOT_L_AFTER})` : ''}`,
      'giu',
    ),
    counterSubject:
      d.counterSubjects.length === 0 || d.counterSubjectVerbs.length === 0
        ? /(?!)/gu
        : new RegExp(
            `${NOT_L_BEFORE}(?:${alt(d.counterSubjects)})(?=\\s+(?:(?:${alt([...d.counterSubjectAdverbs, ...d.subjectVerbFillers])})\\s+){0,3}(?:${alt(d.counterSubjectVerbs)})${NOT_L_AFTER})`,
            'giu',
          ),
    sideJoinedAfter: new RegExp(`^\\s*(?:${alt(d.conjunctions)})\\s+\\p{Lu}`, 'u'),
    pairGroup: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.pairWords)})${NOT_L_AFTER}`, 'iu'),
    pairPossessiveBefore: d.pairPossessives.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.pairPossessives)})\\s+(?:[\\p{Ll}][\\p{L}-]*\\s+){0,2}$`, 'iu'),
    counterOnly: new RegExp(`^(?:${alt(d.groupCounters)})$`, 'iu'),
    groupTitle: new RegExp(`(?:(?:${alt(d.groupCounters)})\\s+(${alt(d.groupTitles)})|^(${alt(d.groupTitles)})\\s+(?:${alt(d.groupTitleCounters)}))$`, 'iu'),
    pluralTitle: Object.keys(d.pluralTitles).length === 0 ? /(?!)/gu : new RegExp(`${NOT_L_BEFORE}(?:${alt(Object.keys(d.pluralTitles))})${NOT_L_AFTER}`, 'giu'),
    titleCountryLinkerGap: d.titleCountryLinkers.length === 0 ? /(?!)/u : new RegExp(`^\\s+(?:${alt(d.titleCountryLinkers)})\\s+${optionalDet}$`, 'iu'),
    conjunctionGap: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.conjunctions)})${NOT_L_AFTER}`, 'iu'),
    purposeAtEnd: d.purposeMarkers.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.purposeMarkers)})\\s+$`, 'iu'),
    countryListJoin: new RegExp(`^\\s*,?\\s+(?:${alt(d.conjunctions)})\\s+${optionalDet}$`, 'iu'),
    singularTitle: (plural) => {
      const lower = plural.toLowerCase();
      return d.pluralTitles[lower] ?? lower;
    },
    leaderNoun: new RegExp(leaderNoun, countryFirst ? 'giu' : 'gu'),
    genericLeaderPhrase: new RegExp(
      countryFirst
        ? `^(?:(?:${alt(bothCases(d.determiners))})\\s+)?[\\p{Lu}][\\p{L}\\p{M}'’-]*(?:${alt(d.possessiveEndings)})?(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*)?\\s+(?:${alt(d.genericLeaderNouns)})$`
        : `^(?:${alt(bothCases(d.genericLeaderNouns))})\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*)?$`,
      'u',
    ),
    countryGroup: new RegExp(countryGroup, countryFirst ? 'giu' : 'gu'),
    // The article is optional here: "met Vietnam’s leader To Lam", "met Lao President Thongloun".
    titleQualifierAtEnd: new RegExp(
      `(?:^|\\s)[\\p{Lu}][\\p{L}\\p{M}-]*(?:${alt(d.possessiveEndings)})(?:\\s+(?:${alt(bothCases(d.institutionWords).filter((w) => /^\p{Lu}/u.test(w)))}))*\\s*$`,
      'u',
    ),
    personTitleWordAtEnd: d.personTitleWords.length === 0 ? /(?!)/u : new RegExp(`(?:^|\\s)(?:${alt(d.personTitleWords)})\\s*$`, 'u'),
    directionAsideAtStart: d.photoDirections.length === 0 ? /(?!)/u : new RegExp(`^\\s*,\\s*(?:${alt(d.photoDirections)})\\s*,`, 'iu'),
    bodyBeforeTitleAtEnd: d.countryBeforeTitle
      ? new RegExp(`(?:^|\\s)${CAPITALISED}(?:\\s+(?:(?:${alt(d.qualifierWords)})\\s+)*${CAPITALISED})*(?:\\s+(?:${alt(d.qualifierWords)}))*\\s*$`, 'u')
      : /(?!)/u,
    joinedTitleBeforeName:
      d.titleJoiners.length === 0
        ? /(?!)/u
        : new RegExp(`^\\s+(?:${alt(d.titleJoiners)})\\s+${CAPITALISED}(?:\\s+(?:(?:${alt(d.qualifierWords)})\\s+)*${CAPITALISED})*\\s+$`, 'u'),
    titleModifierAtEnd: d.appositionModifiers.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.appositionModifiers)})\\s*$`, 'iu'),
    leaderNounAtEnd: new RegExp(
      `(?:${det ? leaderNoun.replace(det, `(?:${det})?`) : leaderNoun}${
        // "the leader of the Republic of Turkey, Y": the country after the noun, past a linker.
        d.leaderNounCountryLinkers.length === 0
          ? ''
          : `|${NOT_L_BEFORE}${optionalDet}(?:${alt(d.leaderNouns)})\\s+(?:${alt(d.leaderNounCountryLinkers)})\\s+${optionalDet}${CAPITALISED}(?:\\s+(?:(?:${alt(d.qualifierWords)})\\s+)*${CAPITALISED})*\\s*,?`
      })\\s*$`,
      countryFirst ? 'iu' : 'u',
    ),
    counterpartNoun: new RegExp(counterpartNoun, 'gu'),
    leaderNounWord: new RegExp(words(d.leaderNouns), 'iu'),
    countryGroupWord: new RegExp(words(d.countryGroupNouns), 'iu'),
    counterpartWord: new RegExp(words(d.sameOfficeNouns), 'iu'),
    unknownPersonOpening: unknownPersonOpening(d),
    personNameAtEnd: new RegExp(`(?:^|,)\\s*(?:(?:${personWordsBeforeName(d)})\\s+)+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})\\s*$`, 'u'),
    possessiveOpening: d.possessivePronouns.length === 0 ? /(?!)/u : new RegExp(`^(?:${alt(d.possessivePronouns)})\\s+`, 'iu'),

    // A short aside in brackets is one too: "X today (10 July) had separate meetings with …", "X (right) met Y".
    subjectVerbFiller: new RegExp(`(?:\\s+|^)(?:(?:${alt(d.subjectVerbFillers)})|\\([^()]{1,${BRACKETED_ASIDE_REACH}}\\))\\s*$`, 'iu'),
    // "X, who is in Jakarta, Indonesia to attend the summit, held …", "X, who took office on
    // December 12, 2023, met …": a place's country or a date's year after a comma (a capital or a
    // digit after it) stays inside the clause. Case-sensitive, so that capital is one.
    // (The comma before the pronoun is sometimes left out: "X who arrived in Singapore on Tuesday, met Y".)
    relativeClause: d.relativePronouns.length === 0 ? /(?!)/u : new RegExp(`(?:\\s*,\\s*|\\s+)(?:${alt(d.relativePronouns)})${NOT_L_AFTER}[^,;]{1,120}(?:,\\s*[\\p{Lu}\\p{N}][^,;]{0,120})?,\\s*$`, 'u'),
    relativeOpen: new RegExp(`\\s*,\\s*(?:${alt(d.relativePronouns)})\\s*$`, 'iu'),
    relativeClauseOpening: d.relativePronouns.length === 0 ? /(?!)/u : new RegExp(`^\\s*,\\s*(?:${alt(d.relativePronouns)})${NOT_L_AFTER}[^,;]{1,120}(?=,)`, 'iu'),
    sinceBefore: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.sinceWords)})\\s*$`, 'iu'),
    sinceOpens: new RegExp(`^\\s*(?:${alt(d.sinceWords)})${NOT_L_AFTER}`, 'iu'),
    sinceClause: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.sinceWords)})${NOT_L_AFTER}[^,;:.!?“”"«»]{0,${SINCE_CLAUSE_REACH}}$`, 'iu'),
    officeTakenBefore:
      d.officeTakingPhrases.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.officeTakingPhrases)})${NOT_L_AFTER}(?:\\s+[\\p{Ll}][\\p{L}\\p{M}]*){0,2}\\s*$`, 'iu'),
    foundingBefore:
      d.foundingPhrases.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.foundingPhrases)})${NOT_L_AFTER}(?:\\s+[\\p{Ll}][\\p{L}\\p{M}]*){0,2}\\s*$`, 'iu'),
    insideTopic: d.topicMarkers.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.topicMarkers)})${NOT_L_AFTER}[^,;]*$`, 'iu'),
    insideRelative: d.relativePronouns.length === 0 ? /(?!)/u : new RegExp(`,\\s*(?:${alt(d.relativePronouns)})${NOT_L_AFTER}[^,;]*$`, 'iu'),
    possessiveEnding:
      d.possessiveEndings.length === 0
        ? /(?!)/u
        : new RegExp(`(?:${alt(d.possessiveEndings)}${d.possessiveEndingsAfterS.length > 0 ? `|(?<=[sS])(?:${alt(d.possessiveEndingsAfterS)})` : ''})\\s*$`, 'u'),
    possessiveAfterName: d.possessiveEndings.length === 0 ? /(?!)/u : new RegExp(`^(?:${alt(d.possessiveEndings)})(?![\\p{L}\\p{M}])`, 'u'),
    speakerAsideAtEnd:
      d.invertedSpeechVerbs.length === 0 ? /(?!)/u : new RegExp(`\\s*,\\s*(?:${alt(d.invertedSpeechVerbs)})\\s+[^,;:“”"«»]{1,60},\\s*$`, 'iu'),
    speakerAsideOpen:
      d.invertedSpeechVerbs.length === 0 ? /(?!)/u : new RegExp(`(?:^|[,;])\\s*(?:${alt(d.invertedSpeechVerbs)})\\s+(?:(?:${honorifics})\\s+)?$`, 'iu'),
    roleAside: new RegExp(`\\s*,\\s*(?:${alt(d.roleAsideOpeners)})${NOT_L_AFTER}[^,;:“”"«»]{1,100},\\s*$`, 'iu'),
    roleBeforeVerb:
      d.roleBeforeVerbOpeners.length === 0 ? /(?!)/u : new RegExp(`(?:\\s+|^)(?:${alt(d.roleBeforeVerbOpeners)})\\s+[\\p{L}][^;:.!?“”"«»()]{0,${ROLE_BEFORE_VERB_REACH}}$`, 'iu'),
    relationHeadAtEnd:
      d.relationAsideNouns.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.relationAsideNouns)})\\s+(?:${alt(d.relationLinkers)})\\s+$`, 'iu'),
    relationAside:
      d.relationAsideNouns.length === 0
        ? /(?!)/u
        : new RegExp(`\\s*,\\s*${optionalDet}(?:[\\p{Ll}\\p{M}]+\\s+){0,2}(?:${alt(d.relationAsideNouns)})\\s+(?:${alt(d.relationLinkers)})\\s+[^,;:“”"«»]{1,100},\\s*$`, 'iu'),
    parentheticalFiller: new RegExp(`\\s*,\\s*(?:${alt(d.subjectVerbFillers)})\\s*,\\s*$`, 'iu'),
    passiveDoerLead:
      d.passiveDoerLeads.length === 0 ? /(?!)/u : new RegExp(`^\\s*[\\p{L}\\p{M}'’-]+(?:\\s+[\\p{L}\\p{M}'’-]+){0,2}\\s+(?:${alt(d.passiveDoerLeads)})\\s+$`, 'iu'),
    determinerOnly: new RegExp(`^\\s*${d.determiners.length > 0 ? `(?:(?:${alt(d.determiners)})\\s+)?` : ''}$`, 'iu'),
    appositionGap: new RegExp(`^\\s*,\\s*${optionalDet}${optionalModifier}$`, 'iu'),
    chainJoiner: chainJoinerWith(`,|${alt(d.conjunctions)}`),
    titledItemJoiner: new RegExp(`^\\s*,\\s*(?:[\\p{Lu}][\\p{L}\\p{M}'’-]*\\s+){1,4}(?:${alt(d.conjunctions)})\\s+$`, 'u'),
    listEndJoiner: chainJoinerWith(`,\\s*(?:${alt(d.conjunctions)})`),
    semicolonJoiner: chainJoinerWith(`;\\s*(?:(?:${alt(d.conjunctions)})\\s+)?`),
    pluralMeetingWord: d.pluralMeetingWords.length === 0 ? /(?!)/u : new RegExp(`^(?:${alt(d.pluralMeetingWords)})$`, 'iu'),
    sameHolderJoiner: new RegExp(`^(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*){0,8}\\s+(?:${alt(bothCases(d.conjunctions))})\\s+$`, 'u'),
    objectLinker: new RegExp(`^(?:${alt(d.objectLinkers)})$`, 'iu'),
    // "các cuộc gặp, trao đổi với Y": a comma joins them too, where the shared linker follows the second.
    coordinatedVerbOpening: new RegExp(
      `^(?:\\s+(?:${alt(d.conjunctions)})\\s+[\\p{Ll}][\\p{L}\\p{M}'’-]*(?=\\s)|\\s*,\\s*[\\p{Ll}][\\p{L}\\p{M}'’-]*(?:\\s+[\\p{Ll}][\\p{L}\\p{M}'’-]*)?(?=\\s+(?:${alt(d.sharedMeetingLinkers)})\\s))`,
      'u',
    ),
    ownerLinkerAtEnd: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.possessives)})\\s*$`, 'iu'),
    groupInclusionAtEnd: d.groupInclusions.length === 0 ? /(?!)/u : new RegExp(`^[^,;:.!?“”"«»]{1,${GROUP_REACH}},\\s*(?:${alt(d.groupInclusions)})\\s+$`, 'iu'),
    objectLinkerPhrases: ((phrases) => (phrases.length === 0 ? /(?!)/gu : new RegExp(`${NOT_L_BEFORE}(?:${alt(phrases)})${NOT_L_AFTER}`, 'giu')))(d.objectLinkers.filter((w) => /\s/u.test(w))),
    // No "i" flag: with it, \\p{Lu} would take lowercase words too ("in Hanoi attended by").
    gapAdjunct: gapAdjunct === null ? /(?!)/gu : new RegExp(gapAdjunct, 'gu'),
    adjunctsToEnd: namedAdjunct === null ? /(?!)/u : new RegExp(`^(?:\\s*,?\\s+(?:${namedAdjunct}))+[\\s.!?…"”’)]*$`, 'u'),
    placeAdjunctAtEnd: namedAdjunct === null ? /(?!)/u : new RegExp(`(?:\\s+|^)(?:${namedAdjunct})(?:\\s*,\\s*${CAPITALISED_WORDS})?\\s*$`, 'u'),
    possessiveBefore: new RegExp(`(?:${alt(d.possessives)})\\s*$`, 'iu'),
    ownerBeforeTitle: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.possessives)})\\s+${optionalDet}$`, 'iu'),
    linkerBefore: new RegExp(
      `${NOT_L_BEFORE}(?:${alt([...d.possessives, ...d.objectLinkers].filter((w) => !ALL_HONORIFICS.includes(w) && !/^(?:the|his|her|their|người|đồng|cấp|counterpart|visiting|guest)$/iu.test(w)))})\\s*$`,
      'iu',
    ),
    notSubjectBefore: new RegExp(`(?:${alt([...d.possessives, ...d.objectLinkers.filter((w) => !ALL_HONORIFICS.includes(w))])})[^,]*,\\s*$`, 'iu'),
    clauseOpeners: new RegExp(`^(?:\\s|,|;|${alt(d.clauseOpeners)})*$`, 'iu'),
    practiceNoun: d.practiceNouns.length === 0 ? /(?!)/u : new RegExp(`^(?:${alt(d.practiceNouns)})$`, 'iu'),
    practiceModifierBefore:
      d.practiceModifiers.length === 0
        ? /(?!)/u
        : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.practiceModifiers)})(?:\\s*,?\\s+(?:(?:${alt(d.conjunctions)})\\s+)?(?:${alt(d.practiceModifiers)}))*\\s+$`, 'iu'),
    practiceBefore:
      d.practiceMarkers.length === 0
        ? /(?!)/u
        : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.practiceMarkers)})(?:\\s+(?:${alt(d.practiceGapWords)})${NOT_L_AFTER}){0,3}\\s*$`, 'iu'),
    summitTopicBefore:
      d.summitTopicPhrases.length === 0
        ? /(?!)/u
        : new RegExp(`${NOT_L_BEFORE}(?:${alt(bothCases(d.summitTopicPhrases))})(?:\\s+(?:(?:${alt(bothCases(d.summitTopicGapWords))})${NOT_L_AFTER}|\\d+\\p{L}{0,2}|${CAPITALISED})){0,5}\\s*$`, 'u'),
    sidelineBefore: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.sidelineMarkers)})(?:\\s+[^\\s,;.:]+){0,5}\\s*$`, 'iu'),
    // To the end of its clause: "nhân dịp dự Hội nghị Cấp cao ASEAN lần thứ 44-45 và các Hội nghị Cấp cao ".
    occasionOpening: new RegExp(`^\\s*(?:${alt(d.occasionMarkers)})\\s+$`, 'iu'),
    occasionAnywhere: new RegExp(`${NOT_L_BEFORE}(?:${alt([...d.occasionMarkers, ...d.sidelineMarkers])})${NOT_L_AFTER}`, 'iu'),
    welcomerListOpening: welcomerListOpening(d),
    welcomerListKinds: new Map(Object.entries(d.welcomerListVerbs).flatMap(([kind, verbs]) => verbs.map((v) => [v.toLowerCase(), kind as MeetingKind] as const))),
    welcomerListMarker: d.welcomerListMarkers.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.welcomerListMarkers)})${NOT_L_AFTER}\\s*:?\\s*`, 'u'),
    gatheringAnywhere: d.gatheringMarkers.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.gatheringMarkers)})${NOT_L_AFTER}`, 'iu'),
    occasionBefore: new RegExp(`${NOT_L_BEFORE}(?:${alt([...d.occasionMarkers, ...d.sidelineMarkers])})\\s[^,;:]*$`, 'iu'),
    frontedParticiple:
      d.participleEndings.length === 0 ? /(?!)/u : new RegExp(`^[\\s\\p{P}]*\\p{Lu}\\p{Ll}{2,}(?:${alt(d.participleEndings)})\\s+\\p{Ll}`, 'u'),
    frontedPhrase: new RegExp(`^[\\s\\p{P}]*(?:${alt(d.frontedPrepositions)})${NOT_L_AFTER}`, 'iu'),
    conjunctionAtEnd: new RegExp(`\\s(?:${alt(d.conjunctions)})\\s*$`, 'iu'),
    mannerAtEnd: d.mannerBeforeParticiple.length === 0 ? /(?!)/u : new RegExp(`\\s(?:${alt(d.mannerBeforeParticiple)})\\s+$`, 'iu'),
    statementJoiner: new RegExp(`(?:\\s+(?:${alt(d.conjunctions)})|,(?:\\s*(?:${alt(d.clauseOpeners)}))?)\\s*$`, 'iu'),
    passive: new RegExp(words(d.passiveMarkers), 'u'),
    requestBefore: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.requestVerbs)})\\s+$`, 'iu'),
    // "Theo chủ tịch Tập Cận Bình, …": a title the table does not hold may stand before the source's
    // name (two words at most, no comma, not ending in a possessive: "Theo lời mời của X" is no source).
    accordingTo: new RegExp(
      `^\\s*(?:${alt(d.accordingTo)})\\s+(?:${det})?(?:(?!(?:\\S+\\s+)?(?:${alt(d.possessives)})\\s+$)[\\p{L}\\p{M}'’-]+(?:\\s+[\\p{L}\\p{M}'’-]+)?\\s+)?$`,
      'iu',
    ),
    accordingToAtEnd: new RegExp(`,\\s*(?:${alt(d.accordingTo)})\\s+(?:${det})?$`, 'iu'),
    // "X and his wife Naly Sisoulith", "X, and his wife, Mrs. Naly Sisoulith": the companion, named or not.
    ownCountryAtEnd: new RegExp(
      `\\s+(?:${alt(d.possessives)})\\s+(?:(?:${d.determiners.length === 0 ? '(?!)' : alt(d.determiners)})\\s+)?${CAPITALISED}(?:\\s+(?:(?:${alt(d.qualifierWords)})\\s+)*${CAPITALISED}){0,3}\\s*$`,
      'u',
    ),
    companionAtEnd: new RegExp(
      `(?:\\s*,)?\\s+(?:(?:${alt(d.companionPhrases)})(?:\\s*,)?(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’.-]*){0,4}${
        d.companionGroupNouns.length > 0 ? `|(?:${alt(d.conjunctions)})(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’.-]*){0,3}\\s+(?:${alt(d.companionGroupNouns)})${NOT_L_AFTER}` : ''
      })\\s*$`,
      'u',
    ),
    quoteLead: new RegExp(`^\\s*(?:${alt(d.quoteIntroducers)})?\\s*[:,]?\\s*$`, 'iu'),
    quoteIntroducer: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.quoteIntroducers)})${NOT_L_AFTER}`, 'iu'),
    statementTail: new RegExp(`[\\s,;.:]*(?:(?:${alt([...d.conjunctions, ...d.clauseOpeners])})[\\s,]*)?$`, 'iu'),

    speechVerb: new RegExp(`${NOT_L_BEFORE}(${alt([...d.speechVerbs, ...d.quotationOnlyVerbs])})${NOT_L_AFTER}`, 'giu'),
    strongSpeechVerbs: new Set(d.strongSpeechVerbs.map(foldSpaces)),
    invertedSpeechVerbs: new Set([...d.invertedSpeechVerbs, ...d.quotationOnlyVerbs].map(foldSpaces)),
    quotationOnlyVerbs: new Set(d.quotationOnlyVerbs.map(foldSpaces)),
    nounMarkers: new Set(d.nounMarkers.map((w) => w.toLowerCase())),
    nounAfter: new RegExp(`^\\s+(?:${alt(d.nounAfter)})${NOT_L_AFTER}`, 'iu'),

    meetingVerbJoinedAtEnd: new RegExp(`${NOT_L_BEFORE}(?:${alt(joinablePhrases)})\\s*(?:,|${alt(d.conjunctions)})\\s*$`, 'iu'),
    meetingWord: new RegExp(`${NOT_L_BEFORE}(${alt(kindByPhrase.keys())})${NOT_L_AFTER}`, 'giu'),
    meetingWordGapped: d.adjunctsInsidePhrases ? gappedPhrases([...kindByPhrase.keys()], gapAdjunct) : /(?!)/gu,
    meetingKindOf: (phrase) => kindByPhrase.get(foldSpaces(phrase)) ?? null,
    phoneMarker: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.phoneMarkers)})${NOT_L_AFTER}`, 'iu'),
    bareCallVerb: d.bareCallVerbs.length === 0 ? /(?!)/gu : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.bareCallVerbs)})${NOT_L_AFTER}`, 'gu'),
    bareCallFollower: d.bareCallFollowers.length === 0 ? /(?!)/u : new RegExp(`^\\s*,?\\s*(?:${alt(d.bareCallFollowers)})${NOT_L_AFTER}`, 'u'),
    phoneOnlyVerb: d.phoneOnlyVerbs.length === 0 ? /(?!)/gu : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.phoneOnlyVerbs)})${NOT_L_AFTER}`, 'giu'),
    speechInsideMeeting: new Set(
      d.speechVerbs
        .map(foldSpaces)
        .filter((verb) => [...kindByPhrase.keys(), ...d.phoneOnlyVerbs.map(foldSpaces)].some((phrase) => phrase !== verb && ` ${phrase} `.includes(` ${verb} `))),
    ),
    countryFalseFriendOpening: d.countryFalseFriends.length === 0 ? /(?!)/u : new RegExp(`^(?:${alt(d.countryFalseFriends)})${NOT_L_AFTER}`, 'iu'),
    meetingFalseFriends: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.meetingFalseFriends)})${NOT_L_AFTER}`, 'giu'),
    receptionNeedsPerson,
    // "received here at the Peace Palace this morning visiting Y": a time or place may come first.
    // "tiếp người đồng cấp Lào X", "received his counterpart": a counterpart noun names the person after it.
    // "received the Indonesian President-elect Y", "welcomed the country's President-elect Y": a
    // determiner, and a possessive noun after it, may stand before the person received.
    receivedFollows: new RegExp(
      `^(?:\\s+${gapAdjunct ?? '(?!)'})*${d.determiners.length > 0 ? `(?:\\s+(?:${alt(d.determiners)})(?:\\s+\\p{Ll}+${d.possessiveEndings.length > 0 ? `(?:${alt(d.possessiveEndings)})` : '(?!)'})?(?=\\s))?` : ''}\\s+(?:(?:${alt([...d.delegationWords, ...d.counterparts, ...d.formerWords])})${NOT_L_AFTER}|\\p{Lu})`,
      'u',
    ),
    settingBefore: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.settingBefore)})\\s+$`, 'iu'),
    meetingNounBefore: nounPhraseOpenAtEnd(d.meetingNounDeterminers),
    ownerPronounBefore: nounPhraseOpenAtEnd(d.possessivePronouns),
    bareTitleFollowsFocus: d.bareTitleFollowsFocus,
    designateAfter: new RegExp(`^\\s*(?:${alt(d.designateAfterTitle)})${NOT_L_AFTER}`, 'iu'),
    designateGap: new RegExp(`^\\s+(?:${alt(d.designateAfterTitle)})\\s+$`, 'iu'),
    separateBefore: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.separateMeetingMarkers)})\\s*$`, 'iu'),
    separateAfter: new RegExp(`^\\s*(?:${alt(d.separateMeetingMarkers)})${NOT_L_AFTER}`, 'iu'),
    separateAfterObject: d.separateAfterObject.length === 0 ? /(?!)/u : new RegExp(`^\\s*,?\\s*(?:${alt(d.separateAfterObject)})${NOT_L_AFTER}`, 'iu'),
    lightVerbNounPhraseAtEnd,
    finiteMeetingVerb: d.finiteMeetingVerbs.length === 0 ? /(?!)/u : new RegExp(`^(?:${alt(d.finiteMeetingVerbs)})$`, 'iu'),
    lightVerbOpens: light.verbs.length === 0 ? /(?!)/u : new RegExp(`^(?:${alt(light.verbs)})${NOT_L_AFTER}`, 'iu'),
    passiveDoerBeforeVerb: d.passiveDoerBeforeVerb,
    multilateralMarker: new RegExp(words(d.multilateralMarkers), 'iu'),
    bilateralMarker: d.bilateralMarkers.length === 0 ? /(?!)/u : new RegExp(words(d.bilateralMarkers), 'iu'),
    separateListJoin:
      d.separateListJoiners.length === 0
        ? /(?!)/u
        : new RegExp(`^\\s*,?\\s*(?:${alt(d.separateListJoiners)})\\s+${d.determiners.length > 0 ? `(?:(?:${alt(d.determiners)})\\s+)?` : ''}$`, 'iu'),
    passiveMarkerInClause: new RegExp(`(?:^|\\s)(?:${alt(d.passiveMarkers)})\\s[^,;.:!?]{1,78}$`, 'iu'),
    listedRolesAtEnd:
      d.listedRoleOpeners.length === 0
        ? /(?!)/u
        : // The first role opens with one of the openers; further roles, each a capital on, may follow it.
          // Each ends with a comma or a title joiner ("Politburo member and Prime Minister Y").
          new RegExp(
            `(?:^|\\s)(?:${alt(d.listedRoleOpeners)})${NOT_L_AFTER}${ROLE_TEXT}{0,80}(?:,|\\s(?:${alt(d.titleJoiners)}))\\s*(?:[\\p{Lu}]${ROLE_TEXT}{0,80}(?:,|\\s(?:${alt(d.titleJoiners)}))\\s*){0,4}$`,
            'iu',
          ),
    meetingBodyAfter:
      d.meetingBodyLinkers.length === 0
        ? /(?!)/u
        : new RegExp(
            `^\\s+(?:${alt(d.meetingBodyLinkers)})\\s+[\\p{Lu}\\d][\\p{L}\\p{M}\\d'’.-]*(?:\\s+(?:[\\p{Lu}\\d][\\p{L}\\p{M}\\d'’.-]*|${alt(d.meetingBodyInnerWords)}|[-–]|\\([^()]{1,40}\\)))*(?=\\s+(?:${alt(d.sharedMeetingLinkers)})\\s)`,
            'u',
          ),
    meetingModifierAfter: modifiersAfter.length === 0 ? /(?!)/u : new RegExp(`^(?:\\s*(?:${modifiersAfter.join('|')}))+`, 'iu'),
    headlineSeparator: new RegExp(`\\s*(?:${alt(d.headlineSeparators)})\\s+`, 'u'),
    sharedLinkerAnywhere: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.sharedMeetingLinkers)})(?=\\s)`, 'giu'),
    sharedLinkerAfter: new RegExp(`^\\s*(?:${alt(d.sharedMeetingLinkers)})\\s`, 'iu'),
    bothSidesLinkerAfter: d.bothSidesLinkers.length === 0 ? /(?!)/u : new RegExp(`^\\s*(?:${alt(d.bothSidesLinkers)})\\s`, 'iu'),
    bothSidesLinkerAtEnd: d.bothSidesLinkers.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.bothSidesLinkers)})\\s+$`, 'iu'),
    bothSidesJoiner: d.bothSidesJoiners.length === 0 ? /(?!)/u : new RegExp(`^\\s*(?:${alt(d.bothSidesJoiners)})\\s+$`, 'iu'),
    sharedLinkerBefore: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.sharedMeetingLinkers)})\\s*$`, 'iu'),
    passiveBefore: new RegExp(`(?:^|\\s)(?:${alt(d.passiveMarkers)})\\s+$`, 'iu'),
    agentRightAfter: d.agentMarkers.length === 0 ? /(?!)/u : new RegExp(`^\\s+(?:${alt(d.agentMarkers)})\\s+(?=\\p{Lu})`, 'u'),
    // "was received by X", "was hosted to an official dinner by X": up to four lowercase words before
    // the marker. "was received today (May 5) by Y", "was received on Monday by Y": a day's words,
    // capitalised or in figures, stand there as lowercase adverbs do.
    agentAfter: new RegExp(
      `^(?:\\s+\\(?(?:[\\p{Ll}][\\p{L}\\p{M}]*|\\d{1,4}(?:st|nd|rd|th)?|(?:${alt([...d.dates.weekdays.flat(), ...d.dates.monthNames.flat()])})(?![\\p{L}\\p{M}]))[,)]*){0,${AGENT_REACH_WORDS}}?\\s+(?:${alt(d.agentMarkers)})${NOT_L_AFTER}`,
      'u',
    ),
    inviteLinkerBetween:
      d.inviteToEvent.linkers.length === 0
        ? /(?!)/u
        : new RegExp(`^\\s+(?:${alt(d.inviteToEvent.linkers)})\\s+(?:(?:${alt(['a', 'an', ...d.meetingNounDeterminers])})\\s+)?$`, 'iu'),
    ceremonyInvitation:
      d.ceremonyActs.length === 0 || d.inviteToEvent.verbs.length === 0
        ? /(?!)/u
        : new RegExp(`^(?:${alt(d.inviteToEvent.verbs)})\\s+[^;:“”"«»]{1,120}?\\s(?:${alt(d.ceremonyActs)})${NOT_L_AFTER}`, 'iu'),
    inviteVerbAtEnd:
      d.inviteToEvent.verbs.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.inviteToEvent.verbs)})\\s+(?:(?:${honorifics})\\s+)?$`, 'iu'),
    beneficiaryBefore: new RegExp(
      `${NOT_L_BEFORE}(?:${alt(d.beneficiaryLinkers)})(?:\\s+(?:${alt([...d.objectLinkers, ...ALL_HONORIFICS])}|(?:[\\p{Lu}][\\p{L}\\p{M}'’-]*\\s+){1,3}(?:${alt(d.counterparts)})))*\\s+$`,
      'iu',
    ),
    // "với người đồng cấp Lào, ông Y": the country may follow the noun, before the comma.
    // Of a language that puts the country first, "with his Thai counterpart " as well: a gap word
    // before it ("a phone conversation today with …") leaves nothing else between verb and name.
    // Several countries before a plural noun, one for each name after it ("with Malaysian and Lao counterparts ").
    counterpartCountryAtEnd: new RegExp(
      `${NOT_L_BEFORE}(?:(${alt(d.counterparts)})\\s+${countryAfterCounterpart}${
        countryFirst ? `|${countryAfterCounterpart}(?:(?:\\s*,\\s*|\\s+(?:${alt(d.conjunctions)})\\s+)${countryAfterCounterpart})*\\s+(${alt(d.counterparts)})` : ''
      })(?:\\s+(?:${honorifics}))*\\s*$`,
      'u',
    ),
    delegationCountryAtEnd: countryFirst
      ? /(?!)/u
      : new RegExp(`${NOT_L_BEFORE}(${alt(d.delegationWords)})\\s+${countryAfterCounterpart}\\s*$`, 'u'),
    appositionTitleGap:
      d.appositionTitleOpeners.length === 0
        ? /(?!)/u
        : new RegExp(
            `^\\s*(?:(?:${alt(d.objectLinkers)})\\s+){0,2}(?:${alt(d.appositionTitleOpeners)})\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:\\(?\\p{Lu}[\\p{L}\\p{M}'’.-]*\\)?|(?:${alt(d.appositionTitleLinkers)})${NOT_L_AFTER})){0,15}\\s*,\\s*(?:(?:${honorifics})\\s+)?$`,
            'u',
          ),
    clauseGoesOnAfter:
      d.appositionTitleLinkers.length === 0 ? /(?!)/u : new RegExp(`^\\s+(?!(?:${alt(d.appositionTitleLinkers)})${NOT_L_AFTER})[\\p{Ll}]`, 'u'),
    counterpartCommaAtEnd: new RegExp(
      `${NOT_L_BEFORE}(${alt([...d.counterparts, ...d.leaderNouns])})(?:\\s+${d.counterpartCountryLinkers.length > 0 ? `(?:(?:${alt(d.counterpartCountryLinkers)})\\s+)?` : ''}${countryAfterCounterpart})?\\s*,\\s*(?:(?:${honorifics})\\s+)?$`,
      'iu',
    ),
    inviterGap: new RegExp(
      `^(?:\\s+(?:${alt(bothCases([...d.objectLinkers, ...ALL_HONORIFICS]))}|[\\p{Lu}][\\p{L}\\p{M}'’-]*\\s+(?:${alt(d.counterparts)})|(?:${alt(d.counterparts)})\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*))*\\s*$`,
      'u',
    ),
    datelineLead: DATELINE,
    meetingOrAppealWord: d.meetingOrAppeal.length === 0 ? /(?!)/u : new RegExp(`^(?:${alt(d.meetingOrAppeal)})$`, 'iu'),
    meetingOrAppealOpens: d.meetingOrAppeal.length === 0 ? /(?!)/u : new RegExp(`^\\s*(?:${alt(d.meetingOrAppeal)})${NOT_L_AFTER}`, 'iu'),
    welcomeVerb: d.welcomeVerbs.length === 0 ? /(?!)/gu : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.welcomeVerbs)})${NOT_L_AFTER}`, 'giu'),
    welcomeVerbWord: d.welcomeVerbs.length === 0 ? /(?!)/u : new RegExp(`^(?:${alt(d.welcomeVerbs)})$`, 'iu'),
    welcomeOccasion: d.welcomeOccasions.length === 0 ? /(?!)/u : new RegExp(`^\\s*(?:${alt(d.welcomeOccasions)})${NOT_L_AFTER}`, 'iu'),
    appealAfter: d.appealMarkers.length === 0 ? /(?!)/u : new RegExp(`^\\s*,?\\s*(?:${alt(d.appealMarkers)})\\s`, 'iu'),
    appealIn: d.appealMarkers.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.appealMarkers)})\\s+\\p{Ll}`, 'iu'),
    anaphorOpener: d.anaphorOpeners.length === 0 ? /(?!)/u : new RegExp(`^\\s*(?:${alt(d.anaphorOpeners)})\\s+$`, 'iu'),
    pointerBefore: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.anaphorBefore)})\\s+(?:(?:${alt(d.meetingNounMarkers)})\\s+)?$`, 'iu'),
    anotherMeetingAfter: d.anotherMeetingAfter.length === 0 ? /(?!)/u : new RegExp(`^\\s+(?:${alt(d.anotherMeetingAfter)})${NOT_L_AFTER}`, 'iu'),
    anaphorBefore: new RegExp(`(?:^|[,;]\\s*)(?:${alt(d.anaphorBefore)})\\s+(?:(?:${alt(d.meetingNounMarkers)})\\s+)?$`, 'iu'),
    recallBefore: recallAtEnd(d.recallWords),
    recallDeterminerBefore: recallAtEnd(d.recallDeterminers),
    // Case-sensitive: "kế hoạch" (a plan) is a plan, "Bộ Kế hoạch và Đầu tư" is a ministry's name.
    cancelledAfter: d.cancelledWords.length === 0 ? /(?!)/u : new RegExp(`^[^;]*?${NOT_L_BEFORE}(?:${alt(d.cancelledWords)})${NOT_L_AFTER}`, 'iu'),
    // At most one comma before it: the condition of the meeting's own phrase ("the call, if it takes
    // place, will …"), not of something a later clause tells ("…, discussing a railway that, if it goes ahead, …").
    conditionalAfter:
      d.conditionalWords.length === 0 ? /(?!)/u : new RegExp(`^[^;,]*(?:,[^;,]*)?${NOT_L_BEFORE}(?:${alt(d.conditionalWords)})${NOT_L_AFTER}`, 'iu'),
    reportAfterDate: d.reportVerbs.length === 0 ? /(?!)/u : new RegExp(`^\\s*(?:${alt(d.reportVerbs)})${NOT_L_AFTER}`, 'iu'),
    speechVerbBeforeDate: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.speechVerbs)})\\s+$`, 'iu'),
    laterAfter: d.laterWords.length === 0 ? /(?!)/u : new RegExp(`^[^;.,:!?]{0,${LATER_REACH}}?${NOT_L_BEFORE}(?:${alt(d.laterWords)})${NOT_L_AFTER}`, 'iu'),
    notYetShared: d.notYetSharedJoiners.length === 0 ? /(?!)/u : new RegExp(`^\\s*(?:${alt(d.notYetSharedJoiners)})${NOT_L_AFTER}[^;.,]{0,60}$`, 'iu'),
    plannedOpening: d.plannedOpeners.length === 0 ? /(?!)/u : new RegExp(`^\\s*(?:${alt(d.plannedOpeners)})${NOT_L_AFTER}`, 'iu'),
    notYetBefore: new RegExp(
      `(?:${NOT_L_BEFORE}(?:${alt(d.notYetWords)})|^\\s*(?:${alt(d.notYetWords.map(capitalised))}))${NOT_L_AFTER}[^;.,]{0,60}$`,
      'u',
    ),
    invitedBy: new RegExp(`^${SOURCE_TAG}(?:${alt(d.invitedBy)})\\s*$`, 'iu'),
    ownerInvitationBefore:
      d.invitedByOwner.before.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.invitedByOwner.before)})\\s+(?:(?:${alt(ALL_HONORIFICS)})\\.?\\s+)?$`, 'iu'),
    ownerInvitationAfter:
      d.invitedByOwner.nouns.length === 0 || d.possessiveEndings.length === 0
        ? /(?!)/u
        : new RegExp(`^(?:${alt(d.possessiveEndings)})\\s+(?:${alt(d.invitedByOwner.nouns)})${NOT_L_AFTER}`, 'iu'),
    invitedLead: new RegExp(`^${SOURCE_TAG}(?:${alt(d.invitedBy)})\\s`, 'iu'),
    invitedAnywhere: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.invitedBy)})\\s+`, 'giu'),
    attendedBefore: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.attendVerbs)})\\s+(?:(?:${alt([...d.meetingNounDeterminers, ...d.meetingNounMarkers])})\\s+){1,2}$`, 'iu'),
    attendVerb: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.attendVerbs)})${NOT_L_AFTER}`, 'giu'),
    nounMarkerLead: new RegExp(`^(?:${alt(d.meetingNounMarkers)})\\s+`, 'iu'),
    predicateJoin: new RegExp(`^(?:\\s|[,;]|(?:${alt([...d.conjunctions, ...d.clauseOpeners])})${NOT_L_AFTER})*$`, 'iu'),
    // "led by Vice Chairwoman X": a role the registry does not list, in capitalised words, may stand before the name.
    delegationNoun: d.delegationNouns.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.delegationNouns)})${NOT_L_AFTER}`, 'u'),
    ledByBefore: new RegExp(`${NOT_L_BEFORE}(?:${alt(bothCases(d.ledByBefore))})\\s*(?:\\p{Lu}[^,;.!?]{0,${LED_ROLE_REACH}},\\s*){0,${d.ledByRolesBefore}}(?:(?:${honorifics})\\s*)?${optionalDet}(?:${CAPITALISED}\\s+){0,4}$`, 'u'),
    chairedByBefore: d.chairedByBefore.length === 0 ? /(?!)/u : new RegExp(`${NOT_L_BEFORE}(?:${alt(d.chairedByBefore)})\\s*(?:(?:${honorifics})\\s*)?$`, 'iu'),
    leadsDelegationGap:
      d.ledByAfter.length === 0
        ? /(?!)/u
        : new RegExp(
            `^\\s*(?:(?:(?:${alt(d.clauseOpeners)})\\s+)?(?:${alt(d.ledByAfter)})|(?:${alt(d.conjunctions)}))\\s+(?:${alt(d.delegationNouns)})${NOT_L_AFTER}[^,;.!?]{0,100}$`,
            'u',
          ),
    ledByAfterRoles:
      d.ledByAfter.length === 0 ? /(?!)/u : new RegExp(`^(?:\\s*,\\s*\\p{Lu}[^,;.!?]{0,80}){1,4}?\\s*,?\\s*(?:${alt(d.ledByAfter)})${NOT_L_AFTER}`, 'u'),
    // "do X và Phu nhân chủ trì": a companion may stand between the chair and the verb.
    ledByAfter: new RegExp(`^\\s*(?:(?:${alt(d.companionPhrases)})\\s*)?(?:,?\\s*)?(?:${alt(d.ledByAfter)})`, 'iu'),
    afterPointerOpens: new RegExp(`^\\s*(?:${alt(d.afterPointers)})\\s`, 'iu'),
    // "Chiều cùng ngày, …": a part of the day may open the phrase.
    sameDay: new RegExp(`^(?:(?:${alt(Object.keys(d.dates.dayParts))})\\s+)?(?:${alt(d.sameDay)})${NOT_L_AFTER}`, 'iu'),
    audienceOnly: new RegExp(
      `^(?![^]*${NOT_L_BEFORE}(?:${alt(d.quoteIntroducers)})${NOT_L_AFTER})[^,;:“”"]{0,40}?\\s(?:${alt(d.audiencePhrases)})${NOT_L_AFTER}[^,;:“”"]{0,80}$`,
      'iu',
    ),
    jointAfterMeeting: new RegExp(`,\\s*((?:${alt(d.jointAfterMeeting)})\\s[^]*?)\\s*[.;]?\\s*$`, 'iu'),
    sourceBefore: new RegExp(`(?:^|[,;]\\s*)${SOURCE_TAG}(?:${alt(d.sourceAttributions)})\\s+[^,;]{1,60},(?:\\s*[^,;\\d]{1,12},)?\\s*$`, 'iu'),
    eventDateBefore: new RegExp(`${NOT_L_BEFORE}(?:${alt(d.eventDateIntroducers)})\\s*$`, 'iu'),
    heldOnGap: new RegExp(`^\\s+(?:${alt(d.heldOnPredicates)})(?:\\s+(?:${alt(d.eventDateIntroducers)}))?\\s*$`, 'iu'),
    eventDateLead: new RegExp(`^(?:${alt(d.eventDateIntroducers)})\\s`, 'iu'),
    eventTimeLead: d.eventDateWords.length > 0 ? new RegExp(`^(?:${alt(d.eventDateWords)})\\s`, 'iu') : /(?!)/u,
    newInOffice: new RegExp(words(d.newInOffice), 'iu'),
    newInOfficeEach: new RegExp(words(d.newInOffice), 'giu'),
    newInOfficeBeforeName: new RegExp(`^(?:${alt(d.newInOfficeBeforeName)})$`, 'iu'),

    placeAfterPreposition: new RegExp(
      `${NOT_L_BEFORE}(?:${alt(d.placePrepositions)})\\s+(?:(?:${alt(d.placeLeads)})\\s+)?([\\p{Lu}]${L}*['’-]?${L}*(?:\\s+[\\p{L}\\p{M}'’-]+){0,5})`,
      'gu',
    ),
    placeStop: new RegExp(`\\s+(?:${alt(d.placeStops)})${NOT_L_AFTER}.*$`, 'iu'),
    destination: new RegExp(
      `^(?:\\s+(?:${alt(d.visitQualifiers)}))*\\s+(?:(?:${alt(d.destinationPrepositions)})\\s+)?((?:[\\p{Lu}][\\p{L}\\p{M}'’-]*)(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*)*)`,
      'u',
    ),
    destinationPreposition: new RegExp(
      `${NOT_L_BEFORE}(?:${alt(d.destinationPrepositions)})\\s+((?:(?:${alt(d.placeLeads)})\\s+)?[\\p{Lu}][\\p{L}\\p{M}'’-]*(?:\\s+[\\p{L}\\p{M}'’-]+){0,3})`,
      'u',
    ),
    placeLead: new RegExp(`^(?:${alt(d.placeLeads)})\\s+`, 'iu'),
  };
}

/** "sẽ" → "Sẽ": a sentence may open with the word. Multi-word phrases keep later words as they are. */
function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function foldSpaces(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A sentence opening, after a fronted phrase and its comma if any, with a person the index does not
 * hold ("At the event, the Cambodian ambassador …", "Indonesia Trade Minister X conveyed …",
 * "Đại sứ Campuchia X chúc mừng …"): capitalised words (no determiner) and a title word, a name
 * after it or not, or a title word and a name; then a comma or a lowercase word that is no
 * qualifier ("Vice Chairman of the … X" is the title of someone named after it).
 */
function unknownPersonOpening(d: LanguageDescriptor): RegExp {
  const det = wordAlternation(bothCases(d.determiners));
  const titleWordAnyCase = wordAlternation(d.personTitleWords.flatMap((w) => [w, w.charAt(0).toLowerCase() + w.slice(1)]));
  const capitalised = `(?!(?:${det})\\s)[\\p{Lu}][\\p{L}\\p{M}'’-]*`;
  const name = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}`;
  const fronted = `(?:[^,;:“”"«»]{0,100},\\s*)?`;
  const person = `(?:(?:${capitalised}\\s+){1,2}(?:${titleWordAnyCase})(?:\\s+${name})?|(?:${personWordsBeforeName(d)})\\s+${name})`;
  const after = `(?=\\s*,|\\s+(?!(?:${wordAlternation(d.qualifierWords)})${NOT_L_AFTER})[\\p{Ll}])`;
  return new RegExp(`^${fronted}(?:(?:${det})\\s+)?${person}${after}`, 'u');
}

/** A person's title word or an honorific before a name ("Ambassador X", "General X", "Mr. X", "Đại sứ X"), as one alternation. */
function personWordsBeforeName(d: LanguageDescriptor): string {
  return wordAlternation([...d.personTitleWords, ...d.honorifics]);
}

/** Words as written and with a capital first ("in", "In"): for patterns that cannot take the "i" flag. */
export function bothCases(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]))];
}
