import type { MeetingKind } from '../model/kinds';

/**
 * Everything one language contributes to reading news about leaders, as data. One engine
 * (`src/corpus`, `src/page`) reads these tables; a third language is a new descriptor here and
 * one line in `./index.ts`, not new code paths (after Yomitan's `language-descriptors`).
 *
 * Word lists are plain strings, matched without regard to case at word boundaries that know
 * Vietnamese letters. Order does not matter: the engine tries longer phrases first.
 */
export interface LanguageDescriptor {
  /** BCP 47 code, also the key of title and country forms in the registry (`titles.president.vi`). */
  code: LanguageCode;
  /** Frequent function words: the language of an article or sentence is the one whose words it uses most. */
  functionWords: readonly string[];
  /** Letters only this language writes (lowercase); they break a tie in function words. Empty: none. */
  letters: string;

  // --- People: how the news refers to a leader it has named -------------------------------
  /** Words that stand before a name and belong to the mention ("ông", "đồng chí", "Mr"). */
  honorifics: readonly string[];
  /** Pronouns that refer to the last single subject ("Ông", "he"). */
  pronouns: readonly string[];
  /**
   * The speaker's own "I" inside their quotation (as written, case and all): "“I also held a
   * bilateral meeting with my counterpart from Laos, X,” he said" tells the speaker's meeting.
   */
  firstPersonPronouns: readonly string[];
  /**
   * Whether a bare short form ("Lâm", "Cường") needs an honorific or title before it. Vietnamese
   * syllables are ordinary words; in English "Lam said" is the leader.
   */
  shortFormNeedsHonorific: boolean;
  /** Phrases for "the leaders in this meeting" ("hai nhà lãnh đạo", "both sides"). */
  groups: readonly string[];
  /**
   * Words after a group that make it name others than the meeting's sides ("the leaders of Russia
   * and Vietnam", "the two sides of the border"): no group there.
   */
  groupQualifiersAfter: readonly string[];
  /** Counting words before a plural title that make a group ("hai" Thủ tướng, "the two" prime ministers). */
  groupCounters: readonly string[];
  /**
   * Words between a leader noun and the country it is of, where the language may put the country
   * after the noun too ("met with the leader of the Republic of Turkey, Y"): the phrase describes Y.
   * Empty where the country always follows the noun with no word between ("nhà lãnh đạo Lào").
   */
  leaderNounCountryLinkers: readonly string[];
  /**
   * Counters that stand alone for the pair the story is about where a verb of theirs follows ("The
   * two last met in 2014", "the two had previously met …", "Both agreed …"), past `counterSubjectAdverbs`
   * and the subject–verb fillers; before a noun ("the two countries") they are no group. Empty where
   * the language writes the pair with a noun of its own ("hai bên").
   */
  counterSubjects: readonly string[];
  /** Adverbs between such a counter and its verb, beside the fillers ("last", "first"). */
  counterSubjectAdverbs: readonly string[];
  /**
   * The verbs that make such a counter the pair: a plural subject's forms only ("the two states
   * closely cooperate" has a noun after the counter, which "states" as a speech verb would read as one).
   */
  counterSubjectVerbs: readonly string[];
  /** Plural title nouns after a counter ("thủ tướng", "prime ministers"). */
  groupTitles: readonly string[];
  /**
   * Words after a group title that count its holders as the two sides ("Thủ tướng hai nước",
   * "the prime ministers of the two countries"): a group as "hai Thủ tướng" is.
   */
  groupTitleCounters: readonly string[];
  /**
   * Group titles whose singular is written otherwise, plural → singular as the registry's titles
   * write it ("prime ministers" → "prime minister"): "the two prime ministers" are two people who
   * held that office. A title not listed is its own singular ("hai Thủ tướng").
   */
  pluralTitles: Readonly<Record<string, string>>;
  /**
   * Words between a plural title and the countries it spreads over ("the prime ministers "of"
   * Vietnam and India"): each country's holder. Empty where the language writes no plural title.
   */
  titleCountryLinkers: readonly string[];
  /**
   * Words that make a group exactly two people ("the two leaders", "both sides", "hai nhà lãnh
   * đạo"). With no meeting of two being told, such a group is the last two people named nearby.
   */
  pairWords: readonly string[];
  /**
   * A possessive before a meeting noun that makes its owners two people named in the clause ("X said
   * he was glad to see Y following their meeting in Tokyo": X and Y). Empty where the language does
   * not say it so.
   */
  pairPossessives: readonly string[];
  /**
   * A determiner opening an office named in words of its own, then a comma and the person holding
   * it, as the object of a meeting word ("met the Chairman of the External Relations Commission of
   * the Party, Y"); with `appositionTitleLinkers`, the lowercase words such a name may hold ("of",
   * "the", "and"). Empty where the language does not write it so.
   */
  appositionTitleOpeners: readonly string[];
  appositionTitleLinkers: readonly string[];
  /**
   * Nouns that, after a country adjective, refer to that country's leader already named
   * ("the Lao leader", "the Cambodian PM", "nhà lãnh đạo Lào").
   */
  leaderNouns: readonly string[];
  /**
   * The leader nouns that name no office ("leader", "nhà lãnh đạo"): "the Vietnamese leader" in the
   * story of a meeting is that country's side of it; "the Lao prime minister" keeps its office's reading.
   */
  genericLeaderNouns: readonly string[];
  /**
   * Nouns that, with a country adjective, refer to every person of that country at the meeting
   * being told ("the Lao side", "the Lao leaders", "phía Lào", "các nhà lãnh đạo Lào").
   */
  countryGroupNouns: readonly string[];
  /** "the host", "chủ nhà": whoever received the others at the meeting being told. */
  hostNouns: readonly string[];
  /** "the guest", "vị khách": whoever was received. */
  guestNouns: readonly string[];
  /** Whether the country comes after the leader noun ("nhà lãnh đạo Lào") or before it ("the Lao leader"). */
  countryAfterLeaderNoun: boolean;
  /** Articles/determiners that may open a leader-noun reference ("the"). */
  determiners: readonly string[];
  /**
   * The passive that opens a sentence with a statement's doer after it ("The remarks were made by
   * X while meeting with Y", "This was stated by X at talks with Y"): the words before the doer,
   * after a noun phrase of up to three words. X is then the subject the sentence opens with.
   */
  passiveDoerLeads: readonly string[];
  /** Words that may stand before a title set off after a name ("X, the newly appointed Foreign Minister of Y"): modifiers of the title, not another person. */
  appositionModifiers: readonly string[];
  /** Whether a country adjective stands before a title ("Chinese President Xi") rather than after it ("Chủ tịch Trung Quốc"). */
  countryBeforeTitle: boolean;
  /** Lowercase words allowed among the capitalised words qualifying a title ("nước" Cộng hòa Ấn Độ, "of the" Communist Party). */
  qualifierWords: readonly string[];
  /**
   * Words opening an aside in parentheses that explains an institution between a title and its
   * country ("Chủ tịch Hội đồng Đại biểu Nhân dân (tức Hạ viện) Indonesia X"): the aside is passed
   * over as the institution's capitalised words are.
   */
  asideMarkers: readonly string[];
  /**
   * Proper nouns capitalise their first syllable only ("Chính phủ", "Quốc hội"), so a lowercase
   * syllable may follow a capitalised one inside a title's qualifier. False where every word of a
   * name is capitalised (English): there "Chung congratulated" ends the title's reach.
   */
  firstSyllableCapitalised: boolean;
  /**
   * Words that make the name right after them a place named after someone ("đường Lê Duẩn", "phố
   * Trần Phú"): a leader's name there is never the leader, on a page or in an article.
   */
  placeNounsBefore: readonly string[];
  /** The same words written after the name ("Le Duan Street", "Vo Van Kiet Boulevard"). */
  placeNounsAfter: readonly string[];
  /**
   * Words a Title Case headline capitalises right after a name, which never continue that name
   * ("Putin Meets With …", "Lam Holds Talks", "Wong And Anwar …"): the present-tense verbs
   * headlines use, and function words. Empty for a language whose headlines are not written in
   * Title Case.
   */
  headlineWords: readonly string[];
  /**
   * Military ranks that, written before a name, later stand alone for that person ("Senior
   * General Min Aung Hlaing …", then "the Senior General met …"; "Đại tướng Phan Văn Giang …",
   * then "Đại tướng nhấn mạnh …"), with the determiners that may open them. Capitalised as written;
   * a rank followed by a capitalised word is that word's title, not a reference back.
   */
  rankAnaphors: { ranks: readonly string[]; determiners: readonly string[] };
  /**
   * Words that make the title right after them another office ("Phó" Chủ tịch Duma, "Deputy"
   * Speaker): the deputy of an office-holder is not the office-holder. Titles that include the
   * word ("Phó Thủ tướng", "Vice President") are titles of their own and match whole.
   */
  deputyWords: readonly string[];
  /**
   * Words that make the title right after them a local office ("City" Party Chief, "Provincial"
   * Party Secretary): a city's or province's office-holder is not the country's, and a bare title
   * there refers to no national leader. Read as `deputyWords` are. Empty where local offices have
   * titles of their own ("Bí thư Thành ủy").
   */
  localWordsBeforeTitle: readonly string[];
  /**
   * Words that put the title or name right after them in the past ("former" President, "ex-"
   * Premier, "nguyên" Thủ tướng, "cựu" Tổng thống): part of the mention (so "received former Lao
   * PM X" has nothing between verb and object), and a bare title after them is not the holder
   * on the article's date.
   */
  formerWords: readonly string[];
  /**
   * Words that make the title right after them part of an office's name ("Phủ" Tổng thống, "Văn
   * phòng" Thủ tướng, "the Office of the" President): the office, not its holder; a name after it
   * is one of its staff ("Người phát ngôn Phủ Tổng thống Hàn Quốc Kang Min-seok"). Case-sensitive.
   */
  officeNounsBefore: readonly string[];
  /**
   * Spouse words that, right before a title, make the name after it the spouse's ("Phu nhân Thủ
   * tướng Lê Thị Bích Trân", "phu nhân Tổng thống Pháp Brigitte Macron"): neither the holder nor an
   * office-holder. Empty where the language names the holder there ("the wife of President X").
   */
  spouseWordsBeforeTitle: readonly string[];
  /** The same words written after the title, its country or possessive between ("the President's Office"). Case-sensitive. */
  officeNounsAfter: readonly string[];
  /**
   * Words giving a person's place in a photo, set off by commas after their name as captions
   * write it ("X, left, and Y shake hands"): an aside, which does not end a list of people. Empty
   * where captions put them in parentheses only ("X (phải) và Y").
   */
  photoDirections: readonly string[];
  /**
   * Labels of a link to another article set inside the body ("Xem thêm:", "Also read:"): a line
   * that opens with one and a colon is the site's teaser, not the article, whatever follows.
   */
  readMoreLabels: readonly string[];
  /** Words joining two titles of one person ("kiêm", "and"): "Tổng Bí thư kiêm Chủ tịch nước". */
  titleJoiners: readonly string[];
  /** Phrases saying someone has just taken office ("trên cương vị mới", "newly elected"): the first year that fits is meant. */
  newInOffice: readonly string[];
  /**
   * Those of `newInOffice` written before the name they are about ("tân Thủ tướng X", "newly
   * elected President X"); the others follow it ("X trên cương vị mới", "X, who took office").
   * Which name a phrase is about decides whether it tells a titled leader's year: "chúc mừng Đại
   * sứ Y trên cương vị mới" is about the new ambassador, not the minister who received him.
   */
  newInOfficeBeforeName: readonly string[];
  /**
   * Whether the press in this language may call a home-country leader it has named by the first
   * word of the name alone ("Pham said", as the Chinese wires write Vietnamese names, family name
   * first). Inside one article the word means the one leader named with it, as a given name does.
   */
  familyNameLater: boolean;
  /**
   * The countries whose own press writes in this language (ISO alpha-2), where it is written in
   * few: an article in it is that press's even on a site abroad (an embassy's), so its bare titles
   * mean that country's holders. Empty where the language is written everywhere (English): the
   * site's country-code domain tells (src/corpus/press-home.ts).
   */
  pressCountries: readonly string[];
  /** Words that begin institution names, never a person's name after a title ("Hội đồng", "Committee"). */
  institutionWords: readonly string[];
  /**
   * Lowercase words that join the parts of a name a title introduces ("Sheikh Abdullah bin Nasser
   * bin Khalifa Al Thani", "Luiz Inácio Lula da Silva", "Ursula von der Leyen"); only words the
   * language itself does not write between a name and what follows it.
   */
  nameParticles: readonly string[];
  /**
   * Whether a name after a title may open with initials written together in capitals, without
   * dots ("Foreign Minister AK Abdul Momen", "Prime Minister KP Sharma Oli"), as South Asian names
   * are in the English press. False where capitals after a title are abbreviations of places or
   * bodies ("Bí thư TP Hồ Chí Minh", "Chủ tịch UBND …").
   */
  initialsWithoutDots: boolean;

  // --- Grammar the attribution needs --------------------------------------------------------
  /** "và", "and": joins two people into one subject or object. */
  conjunctions: readonly string[];
  /**
   * Words that open a purpose clause ("arrived at the palace "to" meet with Y", "tới Hà Nội "để"
   * hội đàm với Y"): a meeting word right after one has the subject the sentence opens with, when
   * nobody stands between that subject and the purpose word (who "urged Y to meet Z" is not meeting).
   */
  purposeMarkers: readonly string[];
  /** "counterpart", "người đồng cấp": after a conjunction (and a country), the next person is the other side. */
  counterparts: readonly string[];
  /** Meeting words that are plural ("meetings"), or tell an act between two ("shook hands with"): "had meetings with A, B and C" is one meeting with each. */
  pluralMeetingWords: readonly string[];
  /** Words between a counterpart noun and its country ("my counterpart from Timor Leste, X"). */
  counterpartCountryLinkers: readonly string[];
  /**
   * Nouns for the holder of the same office in another country ("his Vietnamese counterpart",
   * "người đồng cấp Lào"): without a name after it, that country's holder on the article's date.
   */
  sameOfficeNouns: readonly string[];
  /** Possessive pronouns before such a noun ("his", "her"). */
  possessivePronouns: readonly string[];
  /** Relative pronouns opening a clause set off by commas between a subject and its verb (", who …,"). */
  relativePronouns: readonly string[];
  /**
   * Words naming what a meeting was about ("regarding", "liên quan đến"): a date after one, in its
   * clause, is the date of that topic ("… regarding the Prime Minister's speech at the Dialogue on
   * May 31"), not of the meeting. Only words that do not also open a meeting's own time ("about").
   */
  topicMarkers: readonly string[];
  /**
   * Phrases of taking office ("assuming office", "nhậm chức"): a date right after one is the day
   * of taking office ("met Y for the first time after assuming office on August 22"), not of the
   * meeting.
   */
  officeTakingPhrases: readonly string[];
  /**
   * Phrases telling how a tie between countries was founded ("established diplomatic relations",
   * "thiết lập quan hệ ngoại giao"): a date right after one is that day in history ("Vietnam and the
   * Czech Republic established diplomatic relations on February 2, 1950"), not the day of the
   * article's news or of a meeting.
   */
  foundingPhrases: readonly string[];
  /** Possessive endings glued to a name ("Chinh's talks"): the owner is the subject of the noun. */
  possessiveEndings: readonly string[];
  /** Possessive endings glued to a name ending in "s" ("Marcos' meetings with Y"): an apostrophe alone there. */
  possessiveEndingsAfterS: readonly string[];
  /**
   * Words opening an aside set off by commas between a subject and its verb, saying in what role
   * the subject acts: "X, on behalf of the Government, thanked …", "X, thay mặt Chính phủ, cảm ơn …".
   */
  roleAsideOpeners: readonly string[];
  /**
   * Words before a title written with no name and no determiner that make it the role someone
   * acts in, not a person ("met Y for the first time as prime minister", "trên cương vị Thủ tướng"):
   * such a title names nobody, not the office's holder that day.
   */
  capacityWords: readonly string[];
  /**
   * Words opening the role a subject acts in when it stands right before the verb with no comma
   * around it, commas of its own inside ("X đã thay mặt lãnh đạo Đảng, Nhà nước tiếp Y"): the verb
   * is X's, whoever the role names ("X thay mặt Tổng Bí thư Y tiếp Z": X received Z).
   */
  roleBeforeVerbOpeners: readonly string[];
  /**
   * Nouns of an aside between a subject and its verb that say whose relation the subject is, with
   * the other person named inside ("X, the eldest son of Prime Minister Y, expressed …", "X, con
   * trai cả của Thủ tướng Y, bày tỏ …"): the verb is X's, not Y's. `relationLinkers` join the noun
   * to that person ("of", "của").
   */
  relationAsideNouns: readonly string[];
  relationLinkers: readonly string[];
  /** Words allowed between a subject and its verb ("đã", "also", "held"). */
  subjectVerbFillers: readonly string[];
  /**
   * Prepositions of a time or place adjunct that may stand between a meeting word and its object:
   * "held a meeting on Monday in the Philippines with Y", "hội đàm tại Hà Nội với Y". The adjunct
   * is the preposition, a determiner maybe, and words written with a capital or a digit, or a
   * place noun (`gapPlaceNouns`).
   */
  gapAdjunctPrepositions: readonly string[];
  /**
   * Whether such an adjunct may also stand inside a meeting phrase of several words, between its
   * first word and the rest ("X spoke today with Y", "held on Monday talks with Y"). False where
   * the phrases are words of several syllables that nothing splits (Vietnamese "hội đàm", "gặp gỡ"):
   * there the gapped pattern only ever met a syllable of something else ("Trung Quốc tại Việt Nam đến thăm").
   */
  adjunctsInsidePhrases: boolean;
  /**
   * Common nouns that end a place named after such a preposition ("in the Vietnamese "capital"",
   * "at the presidential "palace""), or stand for it alone ("in the capital").
   */
  gapPlaceNouns: readonly string[];
  /**
   * Words of time or place that stand alone as such an adjunct, without a preposition: "received
   * here this morning Y", "held talks today with Y". Empty where the language does not put them
   * between a verb and its object.
   */
  gapAdjunctWords: readonly string[];
  /**
   * A meeting noun's own predicate, passed over like an adjunct between the noun and its sides
   * ("Talks were held between X and Y", "A meeting took place between X and Y"). Empty where the
   * language puts it after the sides ("Cuộc hội đàm giữa X và Y diễn ra …").
   */
  meetingNounPredicates: readonly string[];
  /** Words between a meeting word and its object ("với", "with", "on"). */
  objectLinkers: readonly string[];
  /**
   * Words naming the members of a group just told as a meeting's other side ("paid courtesy visits
   * to Cambodian leaders, including X", "thăm các nhà lãnh đạo Campuchia, trong đó có X"): the
   * people after them are whom the meeting was with.
   */
  groupInclusions: readonly string[];
  /**
   * Words before a date that make it a bound, not the day of what the clause tells ("lần đầu tiên
   * … hội đàm kể từ tháng 12/2019", "the first talks since 2019").
   */
  sinceWords: readonly string[];
  /** Words after which a name is someone's possession, not the actor ("của", "of"). */
  possessives: readonly string[];
  /** Words that open a clause without changing its subject ("đồng thời", "also"). */
  clauseOpeners: readonly string[];
  /**
   * Prepositions that front a phrase before the subject ("Besides Lam, Anwar …", "Ngoài Hà Nội,
   * …"): a name inside that phrase is not a co-subject of the name after its comma.
   */
  frontedPrepositions: readonly string[];
  /** A passive marker between two verbs: "được" — a list, not a second statement. */
  passiveMarkers: readonly string[];

  // --- Speech ----------------------------------------------------------------------------
  /** Verbs that introduce what someone said. */
  speechVerbs: readonly string[];
  /** Of those, the ones strong enough to start a second statement after a comma or "và". */
  strongSpeechVerbs: readonly string[];
  /**
   * Of those, the ones the speaker may follow when they close a sentence after what was said:
   * "“…,” said Mr Wong." (English); none where the speaker always comes first.
   */
  invertedSpeechVerbs: readonly string[];
  /**
   * Verbs that tell a statement only when they close a quotation, the speaker before or after them
   * ("“…,” he posted.", "“…,” wrote Mr Sonexay."), or open one after a colon ("X viết trên Facebook:
   * “…”"): a leader's post quoted. Elsewhere they tell no words ("X wrote a letter to Y", "X posted a photo").
   */
  quotationOnlyVerbs: readonly string[];
  /**
   * Endings of a speech verb's participle ("asserting", "noting"): written right after the one met
   * ("X held talks with Y asserting that …"), it is the meeting's subject's act, comma or none.
   * Empty where the language marks no participle.
   */
  participleEndings: readonly string[];
  /**
   * Words before a participle that make it the manner of the clause's own act ("X opened the
   * meeting by saying …", "X began by noting …"): the clause's subject speaks.
   */
  mannerBeforeParticiple: readonly string[];
  /** Words that turn a following speech verb into a noun ("sự" khẳng định, "the" pledge). */
  nounMarkers: readonly string[];
  /** A word after a speech verb that makes it a noun ("đánh giá cao của …"). */
  nounAfter: readonly string[];
  /** "According to X, …", "Theo ông X, …": what follows the comma is X's statement. */
  accordingTo: readonly string[];
  /** Phrases joining a companion to the subject ("and his spouse …", "cùng Phu nhân"): not a second speaker or participant. */
  companionPhrases: readonly string[];
  /**
   * Words that, written before a capitalised name opening a clause right before a verb, make it a
   * person's name ("…, Minister Szijjártó said", "Đại sứ Cáit Moran cho biết"): a person the index
   * does not hold is the subject, so no one named further back said it. Honorifics count too.
   */
  personTitleWords: readonly string[];
  /**
   * Plural nouns of unnamed people going with the subject after a conjunction and a few
   * capitalised words ("Ms Paetongtarn and Pheu Thai executives also met with Y"): companions
   * too, so the subject is the person before them.
   */
  companionGroupNouns: readonly string[];
  /**
   * Verbs that ask someone to say something ("nhờ X chuyển lời", "asked X to convey"): a speech
   * verb whose subject is the object of one of these is the asker's statement, not the one asked.
   */
  requestVerbs: readonly string[];
  /** Words between a speech verb and a direct quotation ("rằng", "that"). */
  quoteIntroducers: readonly string[];

  // --- Meetings --------------------------------------------------------------------------
  /** Phrases that tell of a meeting, by kind (DESIGN.md's kinds). */
  meetingPhrases: Readonly<Record<MeetingKind, readonly string[]>>;
  /** Phrases after a meeting word that make it a phone call ("spoke with Y by phone", "trao đổi qua điện thoại"). */
  phoneMarkers: readonly string[];
  /**
   * Verbs that tell a phone call only with a phone marker after them in their clause ("trao đổi
   * với Y qua điện thoại", "spoke to Y by phone"), and no meeting without one ("hai bên trao đổi về …").
   */
  phoneOnlyVerbs: readonly string[];
  /**
   * Verbs that tell a call with no phone word ("Abe called Modi to thank him", "Xi called Trump on
   * Sunday"), only with a person right after them and, after that person, one of
   * `bareCallFollowers` (a purpose or a day): "X called Y a friend" tells none.
   */
  bareCallVerbs: readonly string[];
  /** What follows the person called, for a bare call verb to tell a call ("to", "on", "today"). */
  bareCallFollowers: readonly string[];
  /** Words that look like a meeting word but are not, wherever the meeting word stands in them ("thăm hỏi", "hỏi thăm", "tiếp tục"). */
  meetingFalseFriends: readonly string[];
  /**
   * Words that open with a country's name but name no country ("Lao động", labour, in "Đảng Lao
   * động Triều Tiên"; the province "Lào Cai"): a country read there would make a title of Laos.
   */
  countryFalseFriends: readonly string[];
  /**
   * Reception words that receive someone only when a person follows ("tiếp" X, not "tiếp tục").
   * Listed words must be followed by a capital, an honorific or a delegation word.
   */
  receptionNeedsPerson: readonly string[];
  /**
   * A call told with what it was for ("gọi điện chúc mừng" Y): a phone call when the one called
   * follows it, as `receptionNeedsPerson` words are; with no one after it, it is what another verb
   * is about ("cảm ơn Y đã gọi điện chúc mừng, khẳng định …"), and no predicate whose subject the
   * verb after its comma shares. Empty where calls are told with their other side first.
   */
  callsWithPurpose: readonly string[];
  /** Words after a bare reception word that confirm a person or delegation follows ("đoàn"). */
  delegationWords: readonly string[];
  /**
   * The nouns of a delegation ("delegation", "đoàn"): "X received a delegation … led by Y",
   * "X hosted separate receptions for a delegation … led by Y": its leader is whom the meeting was with.
   */
  delegationNouns: readonly string[];
  /** Before a meeting word, point back to a meeting already told ("Tại cuộc", "During the"). */
  anaphorBefore: readonly string[];
  /**
   * Right after a meeting word, make it another meeting than the one told before, though a pointer
   * stands before it ("Trong cuộc điện đàm tương tự cùng ngày, X …", "Trong cuộc gặp khác, …").
   * Empty where the language says so before the noun, where no pointer takes it ("In a similar call").
   */
  anotherMeetingAfter: readonly string[];
  /**
   * Those of `anaphorBefore` that, opening a sentence, put what it tells right after the meeting
   * pointed at ("Ngay sau lễ đón, X hội đàm với Y", "Following the talks, X and Y …"): the same
   * day, when that meeting is a sit-down (not a visit or a summit, which last days). "Tại", "at"
   * are not among them: a meeting named during another is often one recalled there.
   */
  afterPointers: readonly string[];
  /**
   * Alone before a meeting noun that opens its sentence, point back to a meeting already told, as
   * its subject ("The talks between X and Y come after …", "The meeting took place …"): the
   * definite article. Empty for a language without one.
   */
  anaphorOpeners: readonly string[];
  /**
   * Phrases that tell a courtesy call with a person after them ("X called on President Y in
   * Hanoi") and an appeal when one of `appealMarkers` follows that person, or no person does
   * ("called on Y to …", "called on the two countries to …"). Courtesy calls for the meeting rules,
   * speech verbs for the statements (list them in `speechVerbs` too): the marker decides.
   */
  meetingOrAppeal: readonly string[];
  /** After the person of a `meetingOrAppeal` phrase, the words that make it an appeal ("to"). */
  appealMarkers: readonly string[];
  /**
   * Verbs that tell a reception when a person is their whole object ("X welcomed Y in Hanoi", "X
   * chào mừng Y trong chuyến thăm …"): then no statement; with more after the person ("welcomed
   * Y's proposal", "hoan nghênh Y thăm Việt Nam") a statement and no reception. List them in
   * `speechVerbs` too.
   */
  welcomeVerbs: readonly string[];
  /** Words after the person welcomed that tell the occasion, not what was welcomed ("on his visit", "trong chuyến thăm"). */
  welcomeOccasions: readonly string[];
  /**
   * Phrases that make the gathering after them the occasion of a meeting, not a meeting of its
   * own ("on the sidelines of the G20 Summit", "bên lề Hội nghị Cấp cao ASEAN"): the leaders met
   * there; they did not hold that summit.
   */
  sidelineMarkers: readonly string[];
  /**
   * Words that make a summit after them what two leaders talked of, not a meeting of theirs
   * ("discussed the ASEAN Summit slated in November", "to prepare for the summit to celebrate …",
   * "hướng tới việc tổ chức thành công Hội nghị thượng đỉnh G7"), and the words that may stand
   * between (determiners, "upcoming", ordinals; names in capitals are always passed over).
   */
  /**
   * Words that make the meeting words after them a practice, not a meeting ("tighten cooperation
   * through exchanges of visits", "promoting visits and contacts at all levels", "tăng cường các
   * chuyến thăm và tiếp xúc", "thường xuyên có các cuộc tiếp xúc"), and the words that may stand
   * between them and the meeting word.
   */
  practiceMarkers: readonly string[];
  practiceGapWords: readonly string[];
  /**
   * Meeting words in the plural that, right after one of `practiceModifiers`, name a practice of
   * two countries, not a meeting ("boost all-level visits", "via mutual high-level visits", "with
   * high-level visits and activities"); "held high-level talks with Y" stays a meeting, its word
   * not among these. Empty where the language says so otherwise (Vietnamese puts "cấp cao" after).
   */
  practiceNouns: readonly string[];
  practiceModifiers: readonly string[];
  summitTopicPhrases: readonly string[];
  summitTopicGapWords: readonly string[];
  /**
   * Phrases that make the visit or gathering after them the occasion of what the sentence goes on
   * to tell ("Chiều 4/3, nhân dịp thăm chính thức Lào, X hội kiến Y", "On March 4, on the occasion
   * of attending the ASEAN Summit, X met Y"): the date before the occasion is the date of the
   * meeting told after it, as if the occasion were not there. Sideline markers need not be repeated.
   */
  occasionMarkers: readonly string[];
  /**
   * Phrases that tell the gathering a visitor came to ("after arriving in the Cambodian capital to
   * attend the 55th ASEAN Foreign Ministers' Meeting"): two office-holders of two countries met
   * there are two sit-downs, as on a sideline. Read only for that; the date rules leave them be.
   */
  gatheringMarkers: readonly string[];
  /**
   * A welcome told with its welcomers listed last ("Ra đón đoàn tại sân bay có: A; B", "Welcoming
   * him at the airport were A and B"): the verbs that open such a sentence, by the kind of meeting
   * they tell (a see-off, "Tiễn đoàn … có A", is one too); the words that may go out before the
   * verb, with the place gone to between ("Ra sân bay Nội Bài đón đoàn có …"); the words after
   * which the welcomers are listed. The guest is whom the verb names, or, told as the delegation
   * (`delegationNouns`) or a pronoun, the traveller the article is telling of.
   */
  welcomerListVerbs: Readonly<Partial<Record<MeetingKind, readonly string[]>>>;
  welcomerListGoingOut: readonly string[];
  welcomerListMarkers: readonly string[];
  /** Before a meeting noun that is the setting of someone's act ("at a meeting with Y", "tại cuộc gặp với Y"): the act's subject took part. */
  settingBefore: readonly string[];
  /** Nouns a meeting word may be preceded by ("cuộc", "buổi"). */
  meetingNounMarkers: readonly string[];
  /**
   * Words that make the next meeting word a noun some act is about ("valued the recent phone
   * call with Y", "đánh giá cao cuộc điện đàm với Y"): with a shared linker after it, the
   * sentence's subject is the other side.
   */
  meetingNounDeterminers: readonly string[];
  /**
   * How many lowercase words (adjectives, "and") may stand between such a determiner and the
   * meeting noun: "the effective and substantive talks with Y" in English; 0 where adjectives
   * follow the noun (Vietnamese "cuộc hội đàm hiệu quả với Y").
   */
  meetingNounModifierWords: number;
  /**
   * Whether a bare title used by several people in an article means the one the story is about
   * (English: "Indonesian President Prabowo … The President also expressed …" is Prabowo, whoever
   * was called President since), rather than the home country's holder (Vietnamese: "Thủ tướng"
   * alone is Vietnam's Prime Minister, a foreign one is "Thủ tướng Lào").
   */
  bareTitleFollowsFocus: boolean;
  /**
   * Words right after a title that make it a title to come ("President-elect Donald Trump",
   * "Tổng thống đắc cử Donald Trump") or tell the time of its holding ("Thủ tướng sắp mãn nhiệm Hun
   * Sen", outgoing; acting, interim, incumbent): the title qualifies the person after it, who is the
   * mention (given no office by it), and never stands for the office's holder that day alone.
   */
  designateAfterTitle: readonly string[];
  /**
   * Words before a meeting noun that make it several meetings ("các cuộc trao đổi với X, Y và Z",
   * "held separate talks with X and Y"): the subject met each person of the object on their own.
   */
  separateMeetingMarkers: readonly string[];
  /**
   * Words after a meeting's other side that make it one meeting with each person of a joint
   * subject ("A and B met with Y respectively", "A and B received Y separately"). Empty where the
   * language says it before the verb (in `separateMeetingMarkers`).
   */
  separateAfterObject: readonly string[];
  /**
   * Modifiers that follow a meeting noun before its other side ("cuộc điện đàm đầu tiên với Y"):
   * passed over between the meeting word and its object. Empty where they stand before the noun.
   */
  meetingModifiersAfter: readonly string[];
  /**
   * Words after a meeting noun that open the name of the body whose meeting it is, before the
   * other side ("the 10th meeting of the Joint Commission on Bilateral Cooperation with Y"): that
   * name (capitalised words, their small linkers, an abbreviation in brackets) is passed over too.
   */
  meetingBodyLinkers: readonly string[];
  /** Small words inside such a body's name ("Joint Commission on Bilateral Cooperation"). */
  meetingBodyInnerWords: readonly string[];
  /**
   * How long a meeting lasted, passed over beside the meeting word like a modifier: a number in
   * digits and one of `units` ("20 phút", "a 30-minute call", "talks lasting 2 hours"), after one of
   * `introducers` where the language puts one ("kéo dài 20 phút", "lasting 20 minutes").
   */
  meetingDurations: { units: readonly string[]; introducers: readonly string[] };
  /**
   * Verbs that make a meeting noun the predicate, with the noun's article and modifiers between
   * ("X held productive talks with Y", "had a brief meeting with Y", "held a 20-minute phone call
   * with Y"): the meeting's subject stands before the verb. Up to `meetingNounModifierWords`
   * modifiers; `notModifiers` end the run ("has a long history of talks with Y" is no meeting).
   * Empty where the language's fillers already pass over its light verbs (Vietnamese "đã có cuộc").
   */
  /**
   * Words that make a call one of several people at once ("a trilateral phone call", "điện đàm ba
   * bên"): without one, a call with a list of people is one call with each.
   */
  multilateralMarkers: readonly string[];
  /**
   * Words telling that a meeting is between two sides ("held bilateral talks with A and B",
   * "hội đàm song phương với A và B"): with two or more others named, one meeting with each.
   */
  bilateralMarkers: readonly string[];
  /**
   * Words joining a further person to a meeting's other side as met in a meeting of their own
   * ("X met A as well as B", "X gặp A cũng như B": X met A, and X met B), where "and" may join
   * the sides of one meeting.
   */
  separateListJoiners: readonly string[];
  /**
   * Whether a passive's doer stands between the marker and the verb ("Y được X tiếp": true) rather
   * than after the verb and an agent marker ("Y was received by X": false, see `agentMarkers`).
   */
  passiveDoerBeforeVerb: boolean;
  meetingLightVerbs: { verbs: readonly string[]; articles: readonly string[]; notModifiers: readonly string[] };
  /**
   * Meeting words that are finite verbs, a predicate in themselves ("met with", "received",
   * "visited"): after a conjunction they take the subject the sentence opens with ("X visited
   * Japan in November and met with Y"), where a noun ("and the visit of Y") joins a noun phrase.
   * Empty where the language does not tell its verbs from its nouns by form.
   */
  finiteMeetingVerbs: readonly string[];
  /**
   * Punctuation that sets a headline's speaker apart from what they said ("X: statement",
   * "statement: X"), followed by a space (so "10:30" is no separator).
   */
  headlineSeparators: readonly string[];
  /**
   * Words opening a role that the news lists before a person's title, set off by commas or joined
   * by a title joiner ("Ủy viên Bộ Chính trị, Thủ tướng Lào Y", "Politburo member and Prime
   * Minister Y"): between a
   * meeting word and its object, such roles describe the person after them and are passed over.
   */
  listedRoleOpeners: readonly string[];
  /** Linkers after a meeting noun naming the other side only ("with", "với"), unlike "between", which names both. */
  sharedMeetingLinkers: readonly string[];
  /**
   * Linkers after a meeting noun that name both its sides ("between", "giữa"): "the task set in a
   * telephone conversation between X and Y" is X's and Y's call, not also that of the sentence's
   * subject, who only speaks of it.
   */
  bothSidesLinkers: readonly string[];
  /**
   * Words joining the two sides after a both-sides linker besides the conjunctions: Vietnamese
   * "giữa A với B" as "giữa A và B". Empty where only a conjunction joins them ("between A and B").
   */
  bothSidesJoiners: readonly string[];
  /** Words introducing the doer of a passive meeting verb ("was received by X"); empty where the doer stands before the verb. */
  agentMarkers: readonly string[];
  /** Words before the guest of a reception or ceremony told as a noun ("hosted a banquet … for Y", "in honour of Y"). */
  beneficiaryLinkers: readonly string[];
  /**
   * A host inviting a guest to a reception told as a noun ("X invited Y to a tea party", "X mời Y
   * dự tiệc trà"): the inviting verbs before the guest, and the words between the guest and the
   * noun. X hosted Y.
   */
  inviteToEvent: { verbs: readonly string[]; linkers: readonly string[] };
  /**
   * Acts of a welcome ceremony a host invites the guest to, after the guest ("X mời Y bước lên bục
   * danh dự", "X invited Y to review the guard of honour"): protocol, not a statement.
   */
  ceremonyActs: readonly string[];
  /** Words that make the next meeting word a recalled one ("kết quả", "previous"). */
  recallWords: readonly string[];
  /**
   * Plural determiners that make the next meeting word a recalled one only when its telling gives
   * no day: "những cuộc gặp" (meetings held before), but "Chiều 27-10, X đã có các cuộc gặp Y và Z"
   * tells the meetings of that afternoon.
   */
  recallDeterminers: readonly string[];
  /** Words that make the next meeting word a plan, not a meeting ("sẽ", "will", "invited"). */
  notYetWords: readonly string[];
  /**
   * Words that, opening a sentence, make every meeting it tells planned, not held, past the commas
   * of the clause they open ("Dự kiến trong thời gian ở Việt Nam lần này, X hội kiến Y, Z").
   */
  plannedOpeners: readonly string[];
  /**
   * What joins a second meeting noun to a planned one, so that it is planned too ("the upcoming
   * Leaders' Meeting and the Special Summit", "upcoming visits, particularly meetings on the
   * sidelines of …", "chuyến thăm sắp tới và cuộc gặp …"): nobody may be named between.
   */
  notYetSharedJoiners: readonly string[];
  /**
   * Words after a meeting word, in its clause, that say it did not take place ("X's meeting with Y,
   * set for Monday, was called off", "cuộc gặp … bị hủy"): no meeting.
   */
  cancelledWords: readonly string[];
  /**
   * Words after a meeting word, in its clause, that make it a condition ("the call, if it takes
   * place, will …", "cuộc điện đàm … nếu diễn ra sẽ …"): it has not taken place; no meeting.
   */
  conditionalWords: readonly string[];
  /**
   * Time phrases still to come right after a meeting word, in its own phrase ("discussing Trump's
   * state visit to China later this year", "chuyến thăm Việt Nam trong tháng tới"): a meeting
   * planned, not held, as with `notYetWords` before it.
   */
  laterWords: readonly string[];
  /**
   * Verbs of a news report ("Tờ Times of India ngày 19/8 đưa tin, …", "Xinhua on Monday reported
   * that …"): a day right before one dates the report, not the meeting told after it.
   */
  reportVerbs: readonly string[];
  /** "Nhận lời mời của", "at the invitation of": the host who invited a visit. */
  invitedBy: readonly string[];
  /**
   * The invitation told with its host as owner ("at Son's invitation"): the words before the host
   * and the nouns after the possessive ending (`possessiveEndings`). Empty where the language has none.
   */
  invitedByOwner: { before: readonly string[]; nouns: readonly string[] };
  /**
   * Verbs of attending an event ("tham dự", "attended"): attending at someone's invitation
   * ("X attended … at the invitation of Y") is a visit to that host.
   */
  attendVerbs: readonly string[];
  /** "do" X "dẫn đầu", "led by" X: the person before is a delegation head or a co-chair. */
  ledByBefore: readonly string[];
  /**
   * How many of a person's roles, each written with a capital and closed by a comma, may stand
   * between `ledByBefore` and the person's title ("do Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc
   * hội Lào X dẫn đầu"): where the language puts roles before the name. 0 where it puts them after.
   */
  ledByRolesBefore: number;
  /** "chủ trì", "dẫn đầu": after a person, they led or chaired it. */
  ledByAfter: readonly string[];
  /**
   * Phrases before a person that say alone that they chaired or hosted it, where `ledByBefore`
   * needs `ledByAfter` too ("lễ đón Y diễn ra … với sự chủ trì của X": X hosted the welcome).
   */
  chairedByBefore: readonly string[];
  /** Phrases naming the source a report is taken from ("Quoted from ANTARA, Saturday, …"): a date right after is the report's, not a meeting's. */
  sourceAttributions: readonly string[];
  /** Words before a date that tie it to the meeting word before it ("chuyến thăm … vào tháng 6", "visit … in June"). */
  eventDateIntroducers: readonly string[];
  /**
   * Words a date phrase itself opens with that make it the time of what the clause before it tells
   * ("… hội đàm với Y tại Washington ngày 27/10", "… chiều 27/10"): a date after the meeting word
   * with one is that meeting's, as one after an introducer is. Empty where the introducers say it
   * alone ("on December 1").
   */
  eventDateWords: readonly string[];
  /**
   * Predicates saying when a meeting took place, between its word and a date ("Cuộc điện đàm diễn
   * ra ngày 25-10", "The call took place on Saturday"): the day of the meeting being told, which a
   * lead's day may only approach (the day of the report: "Ngày 26-10, theo Đài NHK, …").
   */
  heldOnPredicates: readonly string[];
  /** Opening phrases meaning "on the same day" as the meeting just told. */
  sameDay: readonly string[];
  /**
   * Verbs after a comma that ends a meeting clause, whose content both sides stated ("X hội đàm
   * với Y, nhất trí nâng cấp quan hệ", "X held talks with Y, agreeing to …"): a joint statement.
   */
  jointAfterMeeting: readonly string[];
  /**
   * Whom a speech verb was addressed to ("với báo chí", "to reporters"): a statement that names
   * only them and a setting ("X phát biểu với báo chí sau hội đàm") says nothing and is no quote.
   */
  audiencePhrases: readonly string[];

  // --- Places ----------------------------------------------------------------------------
  /** Prepositions before a place ("tại", "in"). */
  placePrepositions: readonly string[];
  /** Words that may stand between the preposition and the place name ("thủ đô", "the"). */
  placeLeads: readonly string[];
  /** Words at which a place name ends ("theo", "on"). */
  placeStops: readonly string[];
  /** Prepositions before a visit's destination ("tới", "to"). */
  destinationPrepositions: readonly string[];
  /** Adjectives between a visit word and its destination ("cấp Nhà nước", "official"). */
  visitQualifiers: readonly string[];

  // --- Dates -----------------------------------------------------------------------------
  dates: DateWords;
}

export type LanguageCode = 'vi' | 'en';

/** Words of date phrases. The shapes (d/m/y, "Month d, yyyy") are the engine's; the words are here. */
export interface DateWords {
  /** Month names with every abbreviation, index 0 = January. Empty for languages that number months. */
  monthNames: readonly (readonly string[])[];
  /** Parts of the day before a date ("Chiều" 8/11), with what they mean. */
  dayParts: Readonly<Record<string, 'morning' | 'noon' | 'afternoon' | 'evening' | 'night'>>;
  /** Weekday names, index 0 = Monday, every spelling. */
  weekdays: readonly (readonly string[])[];
  /** Words that make a following d/m a date, not a fraction ("hôm", "hôm qua"); `dayWord` too. */
  dayIntroducers: readonly string[];
  /** "ngày" in "ngày 8/11", "ngày 2 tháng 12". */
  dayWord: readonly string[];
  /** "lúc" in "17/02/2023 lúc 19:28". */
  timeWord: readonly string[];
  /** Words of a publication stamp line ("Cập nhật:", "Updated"). */
  stampWords: readonly string[];
  /**
   * Half-day words after a clock time ("12:32 PM", "11 a.m."): there "PM" is the hour's, not a
   * Prime Minister's title. Empty where the language writes no such words.
   */
  clockSuffixes: readonly string[];
  /** "tháng" in "tháng 6/2024"; empty where months have names. */
  monthWord: readonly string[];
  /** "năm" in "năm 2025". */
  yearWord: readonly string[];
  /** "từ" … "đến": a range of days. */
  rangeFrom: readonly string[];
  rangeTo: readonly string[];
  /** Words after a time word that keep it relative to today ("nay", "qua"). */
  relativeAfterPart: readonly string[];
  /** Words before a month-year that make it a recalled time ("in", "since"). */
  monthYearIntroducers: readonly string[];
  /** "on Monday": a weekday alone names the last such day up to the article's date. */
  weekdayIntroducers: readonly string[];
  /**
   * Whether a weekday with no introducer names a day too ("met Y in Bangkok Wednesday", as the
   * wires write it), and the words before one that make it a name instead ("Good Friday"); null
   * where a weekday's words are ordinary words without one ("thứ hai" is also "the second").
   */
  bareWeekdays: { notAfter: readonly string[] } | null;
  /**
   * Years counted back from the article's ("last year" → 1, "năm nay" → 0): after a month
   * ("November last year", "tháng 11 năm ngoái") they give its year; alone, a year.
   */
  relativeYears: Readonly<Record<string, number>>;
  /**
   * Months counted back from the article's ("last month" → 1, "earlier this month" → 0): alone,
   * the month of what the clause tells ("X and Y met in New York last month"), a time without its
   * day, as "in September" is. Empty where the language's words for it are not yet known to be
   * read rightly (Vietnamese: see vi.ts).
   */
  relativeMonths: Readonly<Record<string, number>>;
  /**
   * Days counted back from the article's ("yesterday" → 1, "chiều nay" → 0): alone, the day of
   * what the clause tells ("X received Y yesterday", "Chiều qua, X tiếp Y").
   */
  relativeDays: Readonly<Record<string, number>>;
  /**
   * Words right before a lead's day that say it was the day before publication ("Chiều qua (28/7),
   * …", "Yesterday (July 28), …"): an article dated by its lead is of the day after.
   */
  yesterdayWords: readonly string[];
}

/**
 * The part of a descriptor the page reads (src/names/short-form-rule.ts, through page-words.ts):
 * each descriptor file declares it as an object of its own, which the whole descriptor spreads,
 * so the content script (every page loads it) bundles these few words and not the engine's tables.
 */
export type PageWords = Pick<
  LanguageDescriptor,
  'code' | 'functionWords' | 'letters' | 'honorifics' | 'shortFormNeedsHonorific' | 'qualifierWords' | 'placeNounsBefore' | 'placeNounsAfter' | 'headlineWords'
>;
