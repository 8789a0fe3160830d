import type { Lexicon } from '../../../lexicon-types';

/**
 * Portuguese, as Brazil and Portugal write it (Moscou and Moscovo, controle and controlo). Snowball
 * leaves the singular and plural of nouns in -ão apart (sanção → sanca, sanções → sanco): both are
 * written, as a dictionary gives them. A hyphenated word (norte-coreano, cessar-fogo) is two words.
 */
export const pt: Lexicon = {
  lang: 'pt',
  apostrophe: 'split',
  stemming: 'snowball',
  stopwords: `o a os as um uma uns umas de do da dos das em no na nos nas num numa por pelo pela pelos pelas para com sem sobre
    entre até desde durante após e ou nem mas que quem qual quais cujo cuja este esta estes estas esse essa esses essas aquele
    aquela isso isto seu sua seus suas lhe lhes se me te é são era eram foi foram ser sido estar está estão estava estavam há
    tem têm tinha tinham ter será seria pode podem deve mais menos muito já também só apenas assim como quando onde porque
    embora enquanto hoje ontem disse afirmou declarou garantiu explicou acrescentou sublinhou segundo conforme ao aos à às
    outro outra outros outras mesmo mesma cada todo toda todos todas ele ela eles elas`,
  entries: `
# Names
Kursk = Kursk
Gornal = Gornal
Guerasimov | Gerasimov = Gerasimov
Peskov = Peskov
Ushakov = Ushakov
Witkoff = Witkoff
Putin = Putin
Trump = Trump
Zelenski = Zelensky
Macron = Macron
Vaticano = Vatican
Roma$ = Rome
papa$ | pontífice = Pope
papa Francisco | Bergoglio = Pope Francis
basílica de São Pedro = St Peter's Basilica
basílica = Basilica
Coreia do Norte = North Korea
norte coreano = North Korean
Pyongyang | Pionguiangue = Pyongyang
Coreia do Sul = South Korea
Kremlin = Kremlin
Moscou | Moscovo = Moscow
Kiev | Kyiv = Kyiv
regime de Kiev = Kyiv regime
ucraniano = Ukrainian
Ucrânia$ = Ukraine
exército ucraniano | forças ucranianas | tropas ucranianas | soldados ucranianos | forças armadas ucranianas = Ukrainian armed forces
Estado Maior ucraniano | Estado Maior da Ucrânia | Estado Maior das Forças Armadas da Ucrânia = Ukraine's General Staff
chefe do Estado Maior = chief of the general staff
russo = Russian
Rússia$ = Russia
Estados Unidos | EUA$ = United States
americano | estadunidense = American
Washington = Washington
Casa Branca = White House
Leavitt = Leavitt
Belgorod = Belgorod
Sumy = Sumy
Kharkiv | Carcóvia = Kharkiv
Donbas = Donbas
Donetsk = Donetsk
Crimeia = Crimea
França | francês = France
Reino Unido | britânico = Britain
TASS$ = TASS
Truth Social = Truth Social
Financial Times = Financial Times
ISW$ | Instituto para o Estudo da Guerra = ISW
# The Kursk claim
libertar = liberated
reconquistar | recuperar | retomar | recuperar o controle | recuperar o controlo = recaptured
expulsar | desalojar = expelled
derrotar = defeated
vitória = victory
controle = control
completamente | totalmente | por completo | inteiramente = complete
último povoado | última localidade = last settlement
última aldeia = last village
localidade$ | localidades$ | povoado$ | povoados$ = settlements
aldeia = village
território = territory
região | regiões | província = region
fronteira = border
relatório | informar = reported
videoconferência = video conference
vídeo$ | vídeos$ = video
reunião | reuniões | reunir | encontro = meeting
negociação = negotiations
conversa | diálogo = conversation
discutir | abordar | falar = discussed
felicitar = congratulated
agradecer = thanked
comandante = commanders
fracassar = failed
aventura = adventure
incursão | incursões | invasão | ofensiva = incursion
operação = operation
condição | condições = conditions
sucesso | êxito = success
avanço = advances
desminagem = demining
mina$ | minas$ = mines
vida pacífica | vida normal = peaceful life
restante = remaining
floresta | bosque = forests
porão | porões | cave$ = basements
busca = search
# The denial
desmentir = denied
negar = denied
rejeitar = rejected
refutar = refuted
falso = false
mentira = lie
propaganda = propaganda
desinformação = disinformation
verificar de forma independente | verificar independentemente = independently verified
verificar = verify
confirmar = confirmed
reconhecer | admitir = acknowledged
pela primeira vez = first time
oficialmente = officially
publicamente = publicly
abertamente = openly
continuar | prosseguir = continue
ainda = still
combate | luta = fighting
hostilidades = hostilities
posição | posições = positions
manter | mantém* | resistir = holding
defesa = defensive
setor | sector = sector
ataque = attacks
ativo = active
artilharia = artillery
bombardeamento = shelling
míssil | mísseis$ = missiles
drone = drones
matar | morto = killed
ferido = injured
civil | civis$ = civilians
cidade = cities
residencial = residential
# North Korean troops
participar | tomar parte = participated
ajuda | assistência | apoio = assistance
ombro a ombro | lado a lado = shoulder to shoulder
heroísmo = heroism
coragem | bravura = courage
profissionalismo = professionalism
firmeza | tenacidade = steadfastness
destacamento = deployment
presença = presence
enviar = sent
soldado = soldiers
combatente = fighters
tropa = troops
militar | exército = military
cooperação = cooperation
aliança = alliance
direito internacional = international law
arma$ | armas$ | armamento = weapons
munição | munições = munitions
projétil | projéteis$ = shells
fornecer = supplied
# The talks offer
disposição | disponibilidade | vontade = readiness
disposto | pronto | preparado = ready
sem condições prévias | sem pré condições | sem precondições | sem condições = without preconditions
incondicional = unconditional
precondição | precondições | condições prévias = preconditions
oferta | oferecer | proposta | propor = offer
repetidamente | várias vezes | em várias ocasiões = repeatedly
no passado = in the past
reiterar | repetir = repeated
expressar | manifestar = expressed
direto | directo = direct
bilateral = bilateral
possibilidade = possibility
retomar as negociações | reatar = resume
assessor | conselheiro = aide
porta voz = spokesman
presidente = president
enviado especial | emissário = envoy
visita = visit
viagem = trip
receber = received
# The Vatican meeting
funeral | funerais$ | exéquias = funeral
minuto = minutes
quarto de hora = quarter of an hour
produtivo = productive
construtivo = constructive
frutífero = fruitful
positivo = positive
bom$ | boa$ = good
histórico = historic
Salão Oval | Sala Oval = Oval Office
confronto | discussão acalorada = clash
primeiro = first
cara a cara = face to face
cessar fogo | trégua = ceasefire
paz duradoura = lasting peace
paz$ = peace
guerra = war
conflito = conflict
concordar = agreed
acordo = deal
cúpula | cimeira = summit
# Sanctions
sanção | sanções = sanctions
sanções secundárias = secondary sanctions
secundário = secondary
banco | bancário = banking
tarifa = tariffs
ameaçar = threatened
nenhuma razão | nenhum motivo = no reason
não quer | não queira = doesn't want
parar a guerra | deter a guerra = stop the war
pôr fim à guerra | acabar com a guerra | terminar a guerra = end the war
dúvida = doubt
cético | céptico = skeptical
demasiado = too many
morrer = dying
# Background
ano passado = last year
verão = summer
aliado = allies
Ocidente = Western
surpreender = surprised
moeda de troca = bargaining chip
troca = exchange
perder = lost
quilômetros quadrados | quilómetros quadrados | km2$ = square kilometers
capturar | ocupar = captured
linha da frente | linha de frente | linha de contato = line of contact
garantias de segurança = security guarantees
# Numbers, units, dates
mil$ = thousand
cem$ | cento$ | centenas$ = hundred
dois$ | duas$ = two
três$ = three
quatro$ = four
cinco$ = five
seis$ = six
sete$ = seven
oito$ = eight
nove$ = nine
dez$ = ten
quinze$ = fifteen
vinte$ = twenty
trinta$ = thirty
por cento = percent
hora = hours
dia = days
janeiro = January
fevereiro = February
março = March
abril = April
maio = May
junho = June
julho = July
agosto = August
setembro = September
outubro = October
novembro = November
dezembro = December
sábado = Saturday
sexta feira = Friday
`,
};
