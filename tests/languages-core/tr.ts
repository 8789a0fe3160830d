/** Turkish, written for the tests (see case.ts). */
import type { LanguageCase } from './case';

export const TR: LanguageCase = {
  lang: 'tr',
  name: 'Turkish',
  story: {
    title: 'Rusya, Kursk bölgesinin tamamen geri alındığını açıkladı; Ukrayna yalanladı',
    text: [
      "Moskova, 26 Nisan 2025. Rusya Genelkurmay Başkanı Valeri Gerasimov, cumartesi günü video konferans yoluyla Devlet Başkanı Vladimir Putin'e bilgi verdi ve Kursk bölgesinin tamamen kurtarıldığını bildirdi. Gerasimov'a göre Ukrayna güçlerinin kontrolündeki son yerleşim yeri Gornal'dı.",
      'Putin komutanları tebrik etti ve Kiev rejiminin macerasının tamamen başarısız olduğunu söyledi.',
      "Ukrayna Genelkurmay Başkanlığı bu iddiayı yalanladı ve askerlerinin Kursk bölgesindeki mevzilerini koruduğunu açıkladı. Kiev, Rusya'nın açıklamasını propaganda olarak nitelendirdi.",
      'Gerasimov, çatışmalara katılan Kuzey Koreli askerlerin kahramanlığını ve cesaretini övdü. Moskova, Kuzey Kore askerlerinin varlığını ilk kez resmen kabul etti.',
      "Kremlin Sözcüsü Dmitriy Peskov, Putin'in Ukrayna ile ön koşulsuz müzakerelere hazır olduğunu söyledi. Kremlin danışmanı Yuriy Uşakov, Putin ile ABD'nin özel temsilcisi Steve Witkoff'un doğrudan müzakerelerin olasılığını ele aldığını belirtti.",
      "Vatikan'da Donald Trump ile Volodimir Zelenskiy, Papa Francis'in cenaze töreninden önce Aziz Petrus Bazilikası'nda görüştü. Beyaz Saray görüşmeyi çok verimli olarak nitelendirdi.",
      "Trump daha sonra Rusya'yı bankacılık yaptırımları ve ikincil yaptırımlarla tehdit etti. Trump, Putin'in belki de savaşı durdurmak istemiyor olabileceğini yazdı.",
    ].join('\n\n'),
  },
  storyFacts: [
    'kursk-fully-recaptured',
    'gerasimov-briefed-putin',
    'gornal-last-settlement-retaken',
    'putin-kyiv-adventure-failed',
    'ukraine-calls-claim-propaganda',
    'gerasimov-praised-nk-soldiers',
    'nk-troops-first-official-acknowledgment',
    'talks-without-preconditions',
    'ushakov-direct-talks-discussed',
    'trump-zelensky-met-at-vatican',
    'vatican-meeting-in-st-peters-basilica',
    'white-house-meeting-productive',
    'trump-threatens-sanctions',
    'trump-maybe-putin-doesnt-want-peace',
  ],
  notStory: [
    {
      title: "Kursk'ta hava durumu",
      text: "Kursk'ta hafta sonu hava güneşli olacak, sıcaklık yirmi dereceye kadar çıkacak. Kursk belediyesi nehrin kenarında yeni bir park açtı. Şehrin sakinleri bahar bayramını müzik ve yemekle kutladı.",
    },
    {
      title: 'Putin ve Trump telefonda Orta Doğu’yu konuştu',
      text: "Vladimir Putin ile Donald Trump, Orta Doğu'daki durumu ve İran'ın nükleer programını bir saat boyunca telefonda konuştu. Kremlin, görüşmenin yapıcı geçtiğini açıkladı. İki lider temasları sürdürmek ve Suudi Arabistan'da bir toplantı hazırlamak konusunda anlaştı.",
    },
    {
      title: 'Kursk saldırısının üzerinden bir yıl geçti',
      text: "Ağustos 2024'te Ukrayna ordusu sınırı geçerek Kursk bölgesine girdi. Saldırı Moskova'yı şaşırttı. Binlerce kişi evlerini terk etmek zorunda kaldı. Analistler aylarca o kesimdeki cephenin gelişimini inceledi.",
    },
  ],
  sentences: [
    ["Ukrayna Genelkurmayı, Rusya'nın Kursk bölgesinin kontrolünü yeniden ele geçirdiği iddiasını reddetti.", 'ukraine-denies-kursk-claim'],
    ["Moskova'ya göre Rus askerleri Ukrayna'nın elindeki son yerleşim yeri olan Gornal'ı kurtardı.", 'gornal-last-settlement-retaken'],
    ["Kremlin, Putin'in Kiev ile ön koşulsuz müzakerelere hazır olduğunu açıkladı.", 'talks-without-preconditions'],
    ["Trump ve Zelenskiy, Papa Francis'in cenazesinden önce Vatikan'da görüştü.", 'trump-zelensky-met-at-vatican'],
    ['Bazilikadaki görüşme yaklaşık on beş dakika sürdü.', 'vatican-meeting-15-minutes'],
    ['Gerasimov, Kuzey Koreli askerlerin cesaretini ve kahramanlığını öne çıkardı.', 'gerasimov-praised-nk-soldiers'],
    ["Trump, Moskova'ya ikincil yaptırımlar uygulamakla tehdit etti.", 'trump-threatens-sanctions'],
    ["Witkoff, Kremlin'de Putin ile görüştü.", 'witkoff-met-putin'],
  ],
  nearMisses: [
    "Moskova'dan Kursk'a giden tren bir arıza nedeniyle iki saat gecikti.",
    "Türkiye ile İspanya'nın ticaret bakanları tarım tarifeleri konusunda bir anlaşma müzakere etti.",
    "Papa, Vatikan'da Polonya'dan gelen bir hacı grubunu kabul etti.",
    'Güney Kore ile Japonya ticaret ve turizm üzerine bir zirve düzenledi.',
  ],
  forms: [
    ['kurtarıldığını', 'liberated'],
    ['müzakerelerde', 'negotiations'],
    ['yaptırımlarla', 'sanctions'],
    ['yalanladı', 'denied'],
    ['askerlerinin', 'soldiers'],
    ['toprağını', 'territory'],
    ['desteğiyle', 'assistance'],
    ['AÇIKÇA', 'openly'],
  ],
};
