import type { Lexicon } from '../../../lexicon-types';

/**
 * Arabic (Modern Standard, as the press writes it). A word is its stem, matched by prefix on the
 * page word as it stands and as it is without the particles joined to its front (و ف ب ل ك, ال):
 * مفاوض reads المفاوضات, والمفاوضات, للمفاوضين (utils/text/arabic.ts). Letters are compared folded
 * (أ إ آ → ا, ى → ي, ة → ه, vowel marks dropped), so a word is written once, with or without them.
 * Verbs that change at the front (نفى, ينفي) and words of three letters are written as whole
 * forms with $. Months are written as both Egypt and the Gulf (أبريل) and the Levant and Iraq
 * (نيسان) name them.
 */
export const ar: Lexicon = {
  lang: 'ar',
  apostrophe: 'split',
  stemming: 'prefix',
  stopwords: `في من على إلى عن أن إن أو ثم قد لقد كان كانت يكون تكون التي الذي الذين اللذين هذا هذه ذلك تلك هناك هنا مع بعد
    قبل حتى بين عند لدى كما أيضا أي كل بعض لم لن ما هو هي هم هما نحن قال قالت أضاف أضافت أشار أشارت أوضح أوضحت ذكر ذكرت
    حيث إذ إلا أما بأن لأن فإن خلال نحو منذ وفق وفقا حسب ضد تجاه عليه عليها فيه فيها منه منها له لها لهم به بها أنه أنها
    إنه إنها وقد كذلك وهو وهي`,
  entries: `
# Names
كورسك = Kursk
غورنال | جورنال = Gornal
غيراسيموف | جيراسيموف = Gerasimov
بيسكوف = Peskov
أوشاكوف = Ushakov
ويتكوف = Witkoff
بوتين = Putin
ترامب = Trump
زيلينسك | زيلنسك = Zelensky
ماكرون = Macron
فاتيكان = Vatican
روما = Rome
بابا = Pope
بابا فرنسيس | فرنسيس = Pope Francis
كاتدرائية القديس بطرس | بازيليك القديس بطرس | كنيسة القديس بطرس = St Peter's Basilica
كاتدرائية | بازيليك = Basilica
كوريا شمالي = North Korea
كوري شمالي = North Korean
بيونغ يانغ | بيونغيانغ = Pyongyang
كوريا جنوبي = South Korea
كرملين = Kremlin
موسكو = Moscow
كييف = Kyiv
نظام كييف = Kyiv regime
أوكراني = Ukrainian
أوكرانيا = Ukraine
جيش أوكراني | قوات أوكراني | قوات مسلحة أوكراني | جنود أوكراني = Ukrainian armed forces
هيئة أركان أوكراني | هيئة أركان عامة قوات مسلحة أوكراني | أركان أوكراني = Ukraine's General Staff
رئيس هيئة أركان | رئيس أركان = chief of the general staff
روسي = Russian
روسيا = Russia
ولايات متحدة = United States
واشنطن = Washington
أمريكي | أميركي = American
بيت أبيض = White House
ليفيت = Leavitt
بيلغورود = Belgorod
سومي = Sumy
خاركيف | خاركوف = Kharkiv
دونباس = Donbas
دونيتسك = Donetsk
قرم$ = Crimea
فرنسا | فرنسي = France
بريطاني = Britain
تاس$ = TASS
تروث سوشيال = Truth Social
فايننشال تايمز = Financial Times
معهد دراسة حرب | ISW$ = ISW
# The Kursk claim
تحرير | حرر$ | حررت$ | حرروا$ = liberated
استعاد | استعادة السيطرة = recaptured
طرد$ | طردت$ | دحر$ | دحرت$ = expelled
هزيمة | هزم$ | هزمت$ = defeated
انتصار | نصر$ = victory
سيطر = control
كامل | تماما = complete
آخر بلدة | آخر منطقة مأهولة = last settlement
آخر قرية = last village
بلدة$ | بلدات$ = settlements
قرية$ | قرى$ = village
أراضي | أرض$ = territory
منطقة | مقاطعة | إقليم = region
حدود = border
تقرير = reported
أبلغ = briefed
عبر فيديو | اتصال مرئي = video conference
فيديو = video
اجتماع | اجتمع | لقاء | التقى = meeting
مفاوض | تفاوض = negotiations
محادث = talks
حوار = conversation
ناقش | مناقش = discussed
تهنئ = congratulated
شكر$ | شكرت$ = thanked
قائد | قادة$ = commanders
فشل$ | فشلت$ | إخفاق = failed
مغامر = adventure
توغل | اجتياح | غزو$ = incursion
هجوم مضاد = counter-offensive
عملية | عمليات = operation
شروط | شرط$ = conditions
نجاح = success
تقدم = advances
إزالة ألغام = demining
ألغام | لغم$ = mines
حياة سلمي | حياة طبيعي = peaceful life
متبقي | فلول | بقايا = remaining
غابة$ | غابات$ = forests
أقبية$ | قبو$ = basements
تمشيط = search
# The denial
نفى$ | نفت$ | ينفي$ | تنفي$ | نفوا$ = denied
رفض$ | رفضت$ | يرفض$ | ترفض$ = rejected
دحض$ | دحضت$ = refuted
كاذب | زائف | غير صحيح = false
أكاذيب | أكذوبة | كذب$ = lie
دعاية = propaganda
تضليل = disinformation
تحقق بشكل مستقل | تحقق مستقل = independently verified
تحقق = verify
أكد$ | أكدت$ | يؤكد$ | تأكيد = confirmed
اعترف | أقر$ | أقرت$ = acknowledged
أول مرة | مرة أولى = first time
رسمي = officially
علنا | علني = publicly
صراحة = openly
مستمر | استمرار | متواصل | يستمر$ | تستمر$ = continue
لا يزال | لا تزال | ما زال | ما زالت = still
قتال | معرك = fighting
اشتباك = clashes
أعمال قتالية = hostilities
مواقع = positions
احتفاظ | تحتفظ | يحتفظ = holding
دفاع = defensive
وزارة دفاع = defense ministry
قطاع | محور = sector
هجوم | هجمات | هجمة$ = attacks
ضربة$ | ضربات$ | غارة$ | غارات$ = strikes
مدفعي = artillery
قصف$ | قصفت$ = shelling
صاروخ | صواريخ = missiles
مسيرات$ | طائرة مسيرة | بدون طيار | درون = drones
مقتل | قتلى | قتيل | قتل$ | قتلت$ = killed
جرحى | جريح | مصاب = injured
مدني = civilians
مدينة | مدن$ = cities
سكني = residential
# North Korean troops
مشارك | شارك = participated
مساعدة | مساعدات | دعم$ | مساندة = assistance
جنبا إلى جنب | كتفا بكتف = shoulder to shoulder
بطولة | بطولي = heroism
شجاع | بسالة = courage
احترافي | مهني = professionalism
صمود | ثبات = steadfastness
انتشار = deployment
وجود = presence
أرسل = sent
جندي | جنود = soldiers
مقاتل = fighters
قوات = troops
عسكري | جيش$ = military
تعاون = cooperation
تحالف = alliance
قانون دولي = international law
أسلحة | سلاح = weapons
ذخائر | ذخيرة = munitions
قذائف | قذيفة = shells
تزويد | إمداد = supplied
# The talks offer
استعداد = readiness
مستعد | جاهز = ready
دون شروط مسبقة | دون شروط = without preconditions
غير مشروط = unconditional
شروط مسبقة = preconditions
عرض$ | عرضت$ | اقتراح = offer
مرارا | عدة مرات | مرات عديدة = repeatedly
في ماضي | سابقا = in the past
كرر$ | كررت$ | تكرار | جدد$ | جددت$ = repeated
أعرب = expressed
مباشر = direct
ثنائي = bilateral
إمكاني | احتمال = possibility
استئناف = resume
مساعد | مستشار = aide
متحدث | ناطق = spokesman
رئيس = president
مبعوث = envoy
زيارة | زار$ = visit
رحلة = trip
استقبل = received
# The Vatican meeting
جنازة | تشييع = funeral
دقيقة | دقائق = minutes
ربع ساعة = quarter of an hour
مثمر = productive
بناءة$ = constructive
إيجابي = positive
جيد$ | جيدة$ = good
تاريخي = historic
مكتب بيضاوي = Oval Office
مشادة | مواجهة = clash
أول$ = first
وجها لوجه = face to face
وقف إطلاق نار | هدنة = ceasefire
سلام دائم = lasting peace
سلام = peace
حرب$ | حروب$ = war
صراع | نزاع = conflict
اتفق = agreed
اتفاق = deal
قمة$ = summit
# Sanctions
عقوب = sanctions
عقوبات ثانوية = secondary sanctions
ثانوي = secondary
بنوك | بنكي | مصرف = banking
رسوم جمركية | تعريفات = tariffs
هدد$ | هددت$ | يهدد$ | تهديد = threatened
لا سبب | لا مبرر = no reason
لا يريد = doesn't want
وقف حرب$ | إيقاف حرب$ = stop the war
إنهاء حرب$ = end the war
تشكيك | شكوك | يشك$ = doubt
متشكك = skeptical
كثير جدا = too many
يموت = dying
# Background
عام ماضي | سنة ماضي = last year
حلفاء | حليف = allies
غرب$ | غربي = Western
مفاجأ = surprised
ورقة مساومة = bargaining chip
تبادل = exchange
خسار | خسر$ | خسرت$ = lost
كيلومتر مربع = square kilometers
احتل | استولى = captured
خط تماس | خط مواجهة | خط جبهة = line of contact
ضمانات أمنية = security guarantees
# Numbers, units, dates
ألف$ | آلاف$ = thousand
مئة$ | مائة$ | مئات$ = hundred
اثنان$ | اثنين$ = two
ثلاث$ | ثلاثة$ = three
أربع$ | أربعة$ = four
خمس$ | خمسة$ = five
ست$ | ستة$ = six
سبع$ | سبعة$ = seven
ثماني$ | ثمانية$ = eight
تسع$ | تسعة$ = nine
عشر$ | عشرة$ = ten
خمسة$ عشر$ | خمس$ عشرة$ = fifteen
عشرون$ | عشرين$ = twenty
ثلاثون$ | ثلاثين$ = thirty
في مئة | بالمئة$ | في مائة | بالمائة$ = percent
ساعة | ساعات = hours
يوم$ | أيام$ = days
يناير | كانون ثاني = January
فبراير | شباط = February
مارس$ | آذار = March
أبريل | نيسان = April
مايو | أيار = May
يونيو | حزيران = June
يوليو | تموز = July
أغسطس = August
سبتمبر | أيلول = September
أكتوبر | تشرين أول = October
نوفمبر | تشرين ثاني = November
ديسمبر | كانون أول = December
سبت$ = Saturday
جمعة$ = Friday
`,
};
