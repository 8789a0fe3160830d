import type { Lexicon } from '../../../lexicon-types';

/**
 * Turkish. Every ending follows the stem, so a word is its stem, matched by prefix (kurtar for
 * kurtardı, kurtarıldığını), as for Polish and Ukrainian; Snowball's Turkish stemmer reads nouns
 * only and cuts short words to nothing useful (ordu → or, Papa → pap). A stem whose last consonant
 * softens before a vowel is written up to it or in both forms (topra for toprak and toprağı,
 * destek | desteğ). The apostrophe sets a name's endings apart (Kursk'ta, Putin'in): it splits
 * words, and the endings it leaves standing are stopwords.
 */
export const tr: Lexicon = {
  lang: 'tr',
  apostrophe: 'split',
  stemming: 'prefix',
  stopwords: `ve ile bir bu şu o da de ki mi için gibi ise ancak ama fakat veya ya hem daha en her ne kadar olarak olan olduğu
    olduğunu oldu olacak olduğunu olması etti eden ettiği etmek yaptı yapılan dedi söyledi açıkladı belirtti kaydetti vurguladı
    ifade göre üzere sonra önce arasında karşı kendi bunu buna bunun şey tarafından sadece yalnızca bile artık şimdi çünkü
    nın nin nun nün dan den tan ten daki deki taki teki nda nde ndan nden ndaki ndeki yla yle dır dir tır tir dur dür tur tür
    nı ni nu nü na ne ya ye yı yi yu yü lar ler ları leri ların lerin`,
  entries: `
# Names
Kursk = Kursk
Gornal = Gornal
Gerasimov = Gerasimov
Peskov = Peskov
Uşakov | Ushakov = Ushakov
Witkoff = Witkoff
Putin = Putin
Trump = Trump
Zelensk = Zelensky
Macron = Macron
Vatikan = Vatican
Roma$ = Rome
Papa$ = Pope
Papa Francis | Papa Fransuva = Pope Francis
Aziz Petrus Bazilika | San Pietro Bazilika = St Peter's Basilica
Bazilika = Basilica
Kuzey Koreli = North Korean
Kuzey Kore = North Korea
Pyongyang = Pyongyang
Güney Kore = South Korea
Kremlin = Kremlin
Moskova = Moscow
Kiev | Kyiv = Kyiv
Kiev rejim = Kyiv regime
Ukraynalı = Ukrainian
Ukrayna = Ukraine
Ukrayna ordu | Ukrayna kuvvet | Ukrayna Silahlı Kuvvet | Ukrayna güçler = Ukrainian armed forces
Ukrayna Genelkurmay Başkanlığı | Ukrayna Genelkurmay = Ukraine's General Staff
Genelkurmay Başkanı$ = chief of the general staff
Rus$ | Ruslar$ = Russian
Rusya = Russia
ABD$ | Amerika Birleşik Devlet = United States
Amerikan | Amerikalı = American
Washington = Washington
Beyaz Saray = White House
Leavitt = Leavitt
Belgorod = Belgorod
Sumi$ | Sumy$ = Sumy
Harkiv | Harkov = Kharkiv
Donbas = Donbas
Donetsk = Donetsk
Kırım = Crimea
Fransa | Fransız = France
İngiltere | İngiliz | Birleşik Krallık = Britain
TASS$ = TASS
Truth Social = Truth Social
Financial Times = Financial Times
ISW$ | Savaş Araştırmaları Enstitü = ISW
# The Kursk claim
kurtar = liberated
geri al | yeniden ele geçir | kontrolü yeniden sağla = recaptured
püskürt = expelled
yenilgi | bozgun | mağlup = defeated
zafer = victory
kontrol = control
tamamen | tamamı | tümüyle | bütünüyle = complete
son$ yerleşim = last settlement
son$ köy$ | son$ köyü$ = last village
yerleşim = settlements
köy$ | köyü$ | köyünü$ | köyünde$ | köyler$ = village
topra | arazi = territory
bölge | oblast = region
sınır = border
rapor = reported
bilgi ver = briefed
video konferans = video conference
video = video
toplantı | buluşma = meeting
görüşme | görüştü = talks
müzakere = negotiations
sohbet | konuşma = conversation
tartış | ele aldı = discussed
tebrik = congratulated
teşekkür = thanked
komutan = commanders
başarısız | fiyasko = failed
macera = adventure
işgal | sızma = incursion
karşı saldırı | karşı taarruz = counter-offensive
harekat | operasyon = operation
koşul | şart = conditions
başarı = success
ilerleme = advances
mayın temizle = demining
mayın = mines
normal hayat | normal yaşam | barışçıl yaşam = peaceful life
kalan = remaining
orman = forests
bodrum = basements
arama | tarama = search
# The denial
yalanla | inkar = denied
reddet = rejected
asılsız | yanlış = false
yalan = lie
sahte = fake
propaganda = propaganda
dezenformasyon = disinformation
bağımsız olarak doğrula = independently verified
doğrula = verify
teyit = confirmed
kabul et | itiraf = acknowledged
ilk kez | ilk defa = first time
resmen | resmi olarak = officially
kamuoyu önünde = publicly
açıkça = openly
devam = continue
hala$ = still
çatışma | muharebe = fighting
mevzi | pozisyon = positions
elinde tut | koru = holding
savunma = defensive
sektör | kesim = sector
saldırı = attacks
topçu = artillery
bombardıman | top atışı = shelling
füze = missiles
insansız hava araç | İHA$ | dron = drones
öldür | hayatını kaybet = killed
yaralı | yaralan = injured
sivil = civilians
şehir | şehr | kent = cities
konut = residential
# North Korean troops
katıl = participated
yardım | destek | desteğ = assistance
omuz omuza = shoulder to shoulder
kahraman = heroism
cesaret = courage
profesyonel = professionalism
kararlılı | azim$ = steadfastness
konuşlan = deployment
varlı = presence
gönder | sevk = sent
asker = soldiers
savaşçı = fighters
kuvvet = troops
ordu | askeri = military
işbirliğ | iş birliğ = cooperation
ittifak = alliance
uluslararası hukuk = international law
silah = weapons
mühimmat = munitions
mermi = shells
tedarik = supplied
# The talks offer
istekli = readiness
hazır = ready
ön$ koşulsuz | önkoşulsuz | ön$ şartsız | önşartsız | ön$ koşul olmaksızın | ön$ şart olmaksızın | ön$ koşul olmadan | ön$ şart olmadan = without preconditions
koşulsuz | şartsız = unconditional
ön$ koşul | önkoşul | ön$ şart | önşart = preconditions
teklif | öneri = offer
defalarca | birçok kez | pek çok kez = repeatedly
geçmişte = in the past
yinele | tekrarla = repeated
doğrudan | direkt = direct
ikili = bilateral
olasılı | ihtimal | imkan = possibility
yeniden başla = resume
danışman = aide
sözcü = spokesman
cumhurbaşkan | devlet başkan | başkan = president
özel temsilci | özel elçi | elçi$ | elçisi$ | temsilci = envoy
ziyaret = visit
seyahat | gezi = trip
# The Vatican meeting
cenaze = funeral
dakika = minutes
çeyrek saat = quarter of an hour
verimli = productive
yapıcı = constructive
olumlu = positive
iyi$ = good
Oval Ofis = Oval Office
atışma | kavga | gerginlik = clash
ilk$ = first
yüz yüze = face to face
ateşkes = ceasefire
kalıcı barış = lasting peace
barış = peace
savaş = war
ihtilaf = conflict
anlaştı | uzlaş = agreed
anlaşma = deal
zirve = summit
# Sanctions
yaptırım = sanctions
ikincil yaptırım = secondary sanctions
ikincil = secondary
banka = banking
gümrük vergi | tarife = tariffs
tehdit | tehdid = threatened
hiçbir neden | hiçbir sebep = no reason
istemiyor | istemeyebilir = doesn't want
savaşı durdur = stop the war
savaşı bitir | savaşı sona erdir = end the war
şüphe | kuşku = doubt
çok fazla = too many
ölüyor = dying
# Background
geçen yıl | geçen sene = last year
müttefik = allies
Batı = Western
şaşır | sürpriz = surprised
pazarlık koz = bargaining chip
takas = exchange
kaybet = lost
kilometrekare | km2$ = square kilometers
ele geçir = captured
temas hattı | cephe hattı = line of contact
güvenlik garanti = security guarantees
# Numbers, units, dates
bin$ | binlerce = thousand
yüz$ | yüzlerce = hundred
iki$ = two
üç$ = three
dört$ = four
beş$ = five
altı$ = six
yedi$ = seven
sekiz$ = eight
dokuz$ = nine
on$ = ten
on$ beş$ = fifteen
yirmi$ = twenty
otuz$ = thirty
yüzde$ = percent
saat = hours
gün$ = days
Ocak$ = January
Şubat$ = February
Mart$ = March
Nisan$ = April
Mayıs$ = May
Haziran$ = June
Temmuz$ = July
Ağustos$ = August
Eylül$ = September
Ekim$ = October
Kasım$ = November
Aralık$ = December
Cumartesi = Saturday
Cuma$ = Friday
`,
};
