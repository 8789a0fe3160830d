/** Spanish, written for the tests (see case.ts). */
import type { LanguageCase } from './case';

export const ES: LanguageCase = {
  lang: 'es',
  name: 'Spanish',
  story: {
    title: 'Rusia asegura haber recuperado toda la región de Kursk; Kiev lo desmiente',
    text: [
      'Moscú, 26 de abril de 2025. El jefe del Estado Mayor ruso, Valeri Guerásimov, informó el sábado a Vladímir Putin por videoconferencia de que la región de Kursk ha sido liberada por completo. Según Guerásimov, Gornal fue la última localidad bajo control de las fuerzas ucranianas.',
      'Putin felicitó a los comandantes y afirmó que la aventura del régimen de Kiev ha fracasado por completo.',
      'El Estado Mayor de las Fuerzas Armadas de Ucrania desmintió la afirmación y aseguró que sus tropas mantienen posiciones en la región de Kursk. Kiev calificó el anuncio de propaganda.',
      'Guerásimov elogió el heroísmo y la valentía de los soldados norcoreanos que participaron en los combates. Es la primera vez que Moscú reconoce oficialmente la presencia de tropas de Corea del Norte.',
      'El portavoz del Kremlin, Dmitri Peskov, dijo que Putin está dispuesto a negociar con Ucrania sin condiciones previas. El asesor Yuri Ushakov explicó que Putin y el enviado especial estadounidense Steve Witkoff discutieron la posibilidad de negociaciones directas.',
      'En el Vaticano, Donald Trump y Volodímir Zelenski se reunieron en la basílica de San Pedro antes del funeral del papa Francisco. La Casa Blanca calificó el encuentro de muy productivo.',
      'Más tarde, Trump amenazó a Rusia con sanciones bancarias y sanciones secundarias. Dijo que quizá Putin no quiere detener la guerra.',
    ].join('\n\n'),
  },
  storyFacts: [
    'kursk-fully-recaptured',
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
      title: 'El tiempo en Kursk',
      text: 'En Kursk hará sol durante el fin de semana, con temperaturas de hasta veinte grados. La alcaldía de Kursk abrió un nuevo parque junto al río. Los vecinos de la ciudad celebraron la fiesta de la primavera con música y comida.',
    },
    {
      title: 'Putin y Trump hablan por teléfono sobre Oriente Próximo',
      text: 'Vladímir Putin y Donald Trump hablaron por teléfono durante una hora sobre la situación en Oriente Próximo y el programa nuclear de Irán. El Kremlin dijo que la conversación fue constructiva. Ambos líderes acordaron mantener el contacto y preparar una reunión en Arabia Saudí.',
    },
    {
      title: 'Kursk, un año después de la incursión',
      text: 'En agosto de 2024 el ejército ucraniano cruzó la frontera y entró en la región de Kursk. La ofensiva sorprendió a Moscú. Miles de vecinos tuvieron que abandonar sus casas. Los analistas estudiaron durante meses la evolución del frente en aquel sector.',
    },
  ],
  sentences: [
    ['El Estado Mayor ucraniano niega que Rusia haya recuperado el control de la región de Kursk.', 'ukraine-denies-kursk-claim'],
    ['Según Moscú, las tropas rusas liberaron Gornal, el último asentamiento en manos ucranianas.', 'gornal-last-settlement-retaken'],
    ['El Kremlin afirmó que Putin está preparado para negociaciones con Kiev sin condiciones previas.', 'talks-without-preconditions'],
    ['Trump y Zelenski conversaron en el Vaticano antes del funeral del papa Francisco.', 'trump-zelensky-met-at-vatican'],
    ['La reunión en la basílica duró unos quince minutos.', 'vatican-meeting-15-minutes'],
    ['Guerásimov destacó la valentía y el heroísmo de los militares norcoreanos.', 'gerasimov-praised-nk-soldiers'],
    ['Trump amenazó con imponer sanciones secundarias a Moscú.', 'trump-threatens-sanctions'],
    ['Witkoff se reunió con Putin en el Kremlin.', 'witkoff-met-putin'],
  ],
  nearMisses: [
    'El tren de Moscú a Kursk llegó con dos horas de retraso por una avería.',
    'Los ministros de Comercio de España y Portugal negociaron un acuerdo sobre aranceles agrícolas.',
    'El papa recibió en el Vaticano a un grupo de peregrinos de Polonia.',
    'Corea del Sur y Japón celebraron una cumbre sobre comercio y turismo.',
  ],
  forms: [
    ['recuperaron', 'recaptured'],
    ['liberada', 'liberated'],
    ['negociaciones', 'negotiations'],
    ['misiles', 'missiles'],
    ['desmiente', 'denied'],
    ['norcoreanas', 'North Korean'],
    ['negó', 'denied'],
    ['funerales', 'funeral'],
  ],
};
