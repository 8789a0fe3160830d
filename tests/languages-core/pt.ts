/** Portuguese, written for the tests (see case.ts). */
import type { LanguageCase } from './case';

export const PT: LanguageCase = {
  lang: 'pt',
  name: 'Portuguese',
  story: {
    title: 'Rússia diz ter reconquistado toda a região de Kursk; Ucrânia nega',
    text: [
      'Moscovo, 26 de abril de 2025. O chefe do Estado-Maior russo, Valeri Guerasimov, informou no sábado o presidente Vladimir Putin, por videoconferência, de que a região de Kursk foi totalmente libertada. Segundo Guerasimov, Gornal foi a última localidade sob controlo das forças ucranianas.',
      'Putin felicitou os comandantes e disse que a aventura do regime de Kiev fracassou por completo.',
      'O Estado-Maior das Forças Armadas da Ucrânia desmentiu a informação e garantiu que as suas tropas mantêm posições na região de Kursk. Kiev classificou o anúncio como propaganda.',
      'Guerasimov elogiou o heroísmo e a coragem dos soldados norte-coreanos que participaram nos combates. É a primeira vez que Moscovo reconhece oficialmente a presença de tropas da Coreia do Norte.',
      'O porta-voz do Kremlin, Dmitri Peskov, afirmou que Putin está pronto para negociar com a Ucrânia sem condições prévias. O assessor Iuri Ushakov explicou que Putin e o enviado especial americano Steve Witkoff discutiram a possibilidade de negociações diretas.',
      'No Vaticano, Donald Trump e Volodymyr Zelensky reuniram-se na Basílica de São Pedro antes do funeral do papa Francisco. A Casa Branca classificou o encontro como muito produtivo.',
      'Mais tarde, Trump ameaçou a Rússia com sanções bancárias e sanções secundárias. Escreveu que talvez Putin não queira parar a guerra.',
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
      title: 'O tempo em Kursk',
      text: 'Em Kursk vai fazer sol durante o fim de semana, com temperaturas até vinte graus. A câmara municipal de Kursk inaugurou um novo parque junto ao rio. Os moradores da cidade celebraram a festa da primavera com música e comida.',
    },
    {
      title: 'Putin e Trump falam ao telefone sobre o Médio Oriente',
      text: 'Vladimir Putin e Donald Trump falaram ao telefone durante uma hora sobre a situação no Médio Oriente e o programa nuclear do Irão. O Kremlin disse que a conversa foi construtiva. Os dois líderes concordaram em manter o contacto e preparar um encontro na Arábia Saudita.',
    },
    {
      title: 'Kursk, um ano depois da incursão',
      text: 'Em agosto de 2024 o exército ucraniano atravessou a fronteira e entrou na região de Kursk. A ofensiva surpreendeu Moscovo. Milhares de moradores tiveram de abandonar as suas casas. Os analistas estudaram durante meses a evolução da frente naquele setor.',
    },
  ],
  sentences: [
    ['O Estado-Maior ucraniano nega que a Rússia tenha recuperado o controlo da região de Kursk.', 'ukraine-denies-kursk-claim'],
    ['Segundo Moscou, as tropas russas libertaram Gornal, o último povoado nas mãos dos ucranianos.', 'gornal-last-settlement-retaken'],
    ['O Kremlin afirmou que Putin está preparado para negociações com Kiev sem condições prévias.', 'talks-without-preconditions'],
    ['Trump e Zelensky conversaram no Vaticano antes do funeral do papa Francisco.', 'trump-zelensky-met-at-vatican'],
    ['A reunião na basílica durou cerca de quinze minutos.', 'vatican-meeting-15-minutes'],
    ['Guerasimov destacou a coragem e o heroísmo dos militares norte-coreanos.', 'gerasimov-praised-nk-soldiers'],
    ['Trump ameaçou impor sanções secundárias a Moscou.', 'trump-threatens-sanctions'],
    ['Witkoff reuniu-se com Putin no Kremlin.', 'witkoff-met-putin'],
  ],
  nearMisses: [
    'O comboio de Moscovo para Kursk chegou com duas horas de atraso por causa de uma avaria.',
    'Os ministros do Comércio de Portugal e de Espanha negociaram um acordo sobre tarifas agrícolas.',
    'O papa recebeu no Vaticano um grupo de peregrinos da Polónia.',
    'A Coreia do Sul e o Japão realizaram uma cimeira sobre comércio e turismo.',
  ],
  forms: [
    ['reconquistaram', 'recaptured'],
    ['libertada', 'liberated'],
    ['negociar', 'negotiations'],
    ['desmente', 'denied'],
    ['negou', 'denied'],
    ['combates', 'fighting'],
    ['ameaçou', 'threatened'],
    ['ataques', 'attacks'],
  ],
};
