#include "demo/demovocabulary.h"

#include <QHash>

namespace kartoitus::demo {

namespace {

using A = ActivityTemplate;

void addCareSectors(QHash<QString, SectorVocabulary> &s)
{
    s.insert(QStringLiteral("Sosiaali- ja terveys"),
             {{QStringLiteral("Sydänyhdistys ry"), QStringLiteral("Diabetesyhdistys ry"),
               QStringLiteral("Reumayhdistys ry"), QStringLiteral("Omaishoitajat ry"),
               QStringLiteral("Muistiyhdistys ry"), QStringLiteral("Hengitysyhdistys ry")},
              QStringLiteral("Potilas- ja omaisyhdistys, joka tarjoaa vertaistukea ja neuvontaa."),
              {A{QStringLiteral("Vertaistukiryhmä omaishoitajille"),
                 QStringLiteral("Keskustelua ja jaksamisvinkkejä omaishoitajille."),
                 {QStringLiteral("Omaishoitajien tuki"), QStringLiteral("Vertaistuki")},
                 {QStringLiteral("Omaishoitajat")}},
               A{QStringLiteral("Muistikahvila"),
                 QStringLiteral("Kahvihetki muistisairaille ja heidän läheisilleen."),
                 {QStringLiteral("Muistisairaudet"), QStringLiteral("Vertaistuki")},
                 {QStringLiteral("Ikäihmiset"), QStringLiteral("Omaishoitajat")}},
               A{QStringLiteral("Terveysinfo"),
                 QStringLiteral("Asiantuntijaluento ja neuvontaa pitkäaikaissairauksista."),
                 {QStringLiteral("Pitkäaikaissairaudet"), QStringLiteral("Neuvonta ja ohjaus")},
                 {QStringLiteral("Kaikki")}}}});
    s.insert(QStringLiteral("Lapset ja perheet"),
             {{QStringLiteral("Perhekerho ry"), QStringLiteral("Mannerheimin Perheyhdistys ry"),
               QStringLiteral("Vanhempainyhdistys ry"), QStringLiteral("Perhetalo ry")},
              QStringLiteral("Lapsiperheiden kohtaamispaikka ja vapaaehtoistoimintaa."),
              {A{QStringLiteral("Perhekahvila"),
                 QStringLiteral("Avoin kohtaamispaikka vanhemmille ja pienille lapsille."),
                 {QStringLiteral("Yksinäisyyden ehkäisy ja osallisuus")},
                 {QStringLiteral("Lapsiperheet")}},
               A{QStringLiteral("Vauvaperheiden vertaisryhmä"),
                 QStringLiteral("Tukea ja seuraa vauvan kanssa kotona oleville."),
                 {QStringLiteral("Vertaistuki")},
                 {QStringLiteral("Lapsiperheet")}},
               A{QStringLiteral("Lasten liikuntakerho"),
                 QStringLiteral("Leikkejä ja liikuntaa alle kouluikäisille."),
                 {QStringLiteral("Liikunta")},
                 {QStringLiteral("Lapset")}}}});
    s.insert(QStringLiteral("Nuoriso"),
             {{QStringLiteral("Nuorisoseura ry"), QStringLiteral("Partiolaiset ry"),
               QStringLiteral("4H-yhdistys ry"), QStringLiteral("Nuorisoyhdistys ry")},
              QStringLiteral("Nuorten harrastus- ja kohtaamistoimintaa."),
              {A{QStringLiteral("Nuorisokahvila"),
                 QStringLiteral("Päihteetön olohuone nuorille iltaisin."),
                 {QStringLiteral("Päihteettömyys"),
                  QStringLiteral("Yksinäisyyden ehkäisy ja osallisuus")},
                 {QStringLiteral("Nuoret")}},
               A{QStringLiteral("Partiokokoontuminen"),
                 QStringLiteral("Viikoittainen partioilta retkineen."),
                 {QStringLiteral("Kulttuuri ja harrastukset"), QStringLiteral("Liikunta")},
                 {QStringLiteral("Lapset"), QStringLiteral("Nuoret")}},
               A{QStringLiteral("Kesätyöseteli-info"),
                 QStringLiteral("Neuvontaa nuorten kesätöihin."),
                 {QStringLiteral("Neuvonta ja ohjaus")},
                 {QStringLiteral("Nuoret")},
                 false}}});
}

void addAgeSectors(QHash<QString, SectorVocabulary> &s)
{
    s.insert(QStringLiteral("Eläkeläiset ja ikäihmiset"),
             {{QStringLiteral("Eläkkeensaajat ry"), QStringLiteral("Eläkeläiset ry"),
               QStringLiteral("Seniorit ry"), QStringLiteral("Veteraanit ry")},
              QStringLiteral("Ikäihmisten virkistys-, liikunta- ja edunvalvontatoimintaa."),
              {A{QStringLiteral("Senioritanssit"),
                 QStringLiteral("Lavatansseja päivällä."),
                 {QStringLiteral("Liikunta"), QStringLiteral("Kulttuuri ja harrastukset")},
                 {QStringLiteral("Ikäihmiset")}},
               A{QStringLiteral("Kerhopäivä"),
                 QStringLiteral("Kahvia, esitelmä ja yhdessäoloa kerran viikossa."),
                 {QStringLiteral("Yksinäisyyden ehkäisy ja osallisuus")},
                 {QStringLiteral("Ikäihmiset")}},
               A{QStringLiteral("Tuolijumppa"),
                 QStringLiteral("Kevyttä liikuntaa istuen."),
                 {QStringLiteral("Liikunta")},
                 {QStringLiteral("Ikäihmiset")}}}});
    s.insert(QStringLiteral("Vammaisjärjestöt"),
             {{QStringLiteral("Näkövammaiset ry"), QStringLiteral("Kuuloyhdistys ry"),
               QStringLiteral("Invalidit ry"), QStringLiteral("Kehitysvammaisten Tuki ry")},
              QStringLiteral("Vammaisten ihmisten ja läheisten edunvalvontaa ja vertaistukea."),
              {A{QStringLiteral("Soveltava liikuntaryhmä"),
                 QStringLiteral("Liikuntaa ohjaajan kanssa kaikille kyvyille."),
                 {QStringLiteral("Liikunta")},
                 {QStringLiteral("Vammaiset")}},
               A{QStringLiteral("Vertaistapaaminen"),
                 QStringLiteral("Kokemusten vaihtoa ja tietoa palveluista."),
                 {QStringLiteral("Vertaistuki"), QStringLiteral("Neuvonta ja ohjaus")},
                 {QStringLiteral("Vammaiset"), QStringLiteral("Omaishoitajat")}}}});
    s.insert(QStringLiteral("Kansanterveys"),
             {{QStringLiteral("Terveysyhdistys ry"), QStringLiteral("Kansanterveysseura ry"),
               QStringLiteral("Punaisen Ristin Osasto")},
              QStringLiteral("Terveyden edistämistä ja ensiapukoulutusta."),
              {A{QStringLiteral("Ensiapukurssi"),
                 QStringLiteral("Peruskurssi hätäensiavusta."),
                 {QStringLiteral("Neuvonta ja ohjaus")},
                 {QStringLiteral("Kaikki")}},
               A{QStringLiteral("Terveyspiste"),
                 QStringLiteral("Verenpaineen mittausta ja terveysneuvontaa."),
                 {QStringLiteral("Pitkäaikaissairaudet"), QStringLiteral("Ravitsemus")},
                 {QStringLiteral("Työikäiset"), QStringLiteral("Ikäihmiset")}},
               A{QStringLiteral("Ystävätoiminta"),
                 QStringLiteral("Vapaaehtoinen ystävä yksinäiselle."),
                 {QStringLiteral("Vapaaehtoistoiminta"),
                  QStringLiteral("Yksinäisyyden ehkäisy ja osallisuus")},
                 {QStringLiteral("Ikäihmiset")}}}});
}

void addWellbeingSectors(QHash<QString, SectorVocabulary> &s)
{
    s.insert(QStringLiteral("Mielenterveys ja päihteet"),
             {{QStringLiteral("Mielenterveysseura ry"), QStringLiteral("Mielenterveysyhdistys ry"),
               QStringLiteral("Raittiusseura ry"), QStringLiteral("A-kilta ry")},
              QStringLiteral("Mielenterveys- ja päihdetyötä, vertaistukea ja kohtaamispaikka."),
              {A{QStringLiteral("Klubitalo"),
                 QStringLiteral("Mielenterveyskuntoutujien yhteisö ja päivätoiminta."),
                 {QStringLiteral("Mielen hyvinvointi"),
                  QStringLiteral("Yksinäisyyden ehkäisy ja osallisuus")},
                 {QStringLiteral("Työikäiset")}},
               A{QStringLiteral("Päihteettömän illan kahvila"),
                 QStringLiteral("Päihteetön kohtaamispaikka viikonloppuiltaisin."),
                 {QStringLiteral("Päihteettömyys")},
                 {QStringLiteral("Työikäiset"), QStringLiteral("Työttömät")}},
               A{QStringLiteral("Masennuksen vertaisryhmä"),
                 QStringLiteral("Ohjattu vertaisryhmä masennusta kokeneille."),
                 {QStringLiteral("Mielen hyvinvointi"), QStringLiteral("Vertaistuki")},
                 {QStringLiteral("Nuoret"), QStringLiteral("Työikäiset")}}}});
    s.insert(QStringLiteral("Liikunta ja urheilu"),
             {{QStringLiteral("Urheilijat ry"), QStringLiteral("Latu ry"),
               QStringLiteral("Voimistelijat ry"), QStringLiteral("Kisa-Veikot ry"),
               QStringLiteral("Pallo ry")},
              QStringLiteral("Liikunta- ja urheiluseura kaikenikäisille."),
              {A{QStringLiteral("Kävelykerho"),
                 QStringLiteral("Yhteisiä kävelylenkkejä."),
                 {QStringLiteral("Liikunta")},
                 {QStringLiteral("Kaikki")}},
               A{QStringLiteral("Matalan kynnyksen sähly"),
                 QStringLiteral("Sählyä ilman kilpailua ja sitoutumista."),
                 {QStringLiteral("Liikunta")},
                 {QStringLiteral("Nuoret"), QStringLiteral("Työikäiset")}},
               A{QStringLiteral("Kuntosaliopastus"),
                 QStringLiteral("Ohjattu kuntosalivuoro aloittelijoille."),
                 {QStringLiteral("Liikunta"), QStringLiteral("Neuvonta ja ohjaus")},
                 {QStringLiteral("Työikäiset"), QStringLiteral("Ikäihmiset")}}}});
    s.insert(QStringLiteral("Kulttuuri"),
             {{QStringLiteral("Kuoro ry"), QStringLiteral("Teatteriyhdistys ry"),
               QStringLiteral("Kotiseutuyhdistys ry"), QStringLiteral("Taideyhdistys ry"),
               QStringLiteral("Soittokunta ry")},
              QStringLiteral("Kulttuuri- ja harrastustoimintaa paikkakunnalla."),
              {A{QStringLiteral("Yhteislaulutilaisuus"),
                 QStringLiteral("Tuttuja lauluja yhdessä."),
                 {QStringLiteral("Kulttuuri ja harrastukset")},
                 {QStringLiteral("Kaikki")}},
               A{QStringLiteral("Harrastajateatteri"),
                 QStringLiteral("Näytelmäharjoitukset ja esitykset."),
                 {QStringLiteral("Kulttuuri ja harrastukset")},
                 {QStringLiteral("Nuoret"), QStringLiteral("Työikäiset")}},
               A{QStringLiteral("Kotiseutuillat"),
                 QStringLiteral("Paikallishistoriaa ja muistelua."),
                 {QStringLiteral("Kulttuuri ja harrastukset")},
                 {QStringLiteral("Ikäihmiset")},
                 false}}});
}

void addCommunitySectors(QHash<QString, SectorVocabulary> &s)
{
    s.insert(
        QStringLiteral("Monikulttuurisuus"),
        {{QStringLiteral("Monikulttuurinen Yhdistys ry"), QStringLiteral("Ystävyysseura ry"),
          QStringLiteral("Kansainvälinen Naisten Kerho ry")},
         QStringLiteral("Kotoutumista tukevaa toimintaa ja kohtaamisia."),
         {A{QStringLiteral("Suomen kielen kerho"),
            QStringLiteral("Kielen harjoittelua arjen tilanteissa."),
            {QStringLiteral("Yksinäisyyden ehkäisy ja osallisuus"),
             QStringLiteral("Neuvonta ja ohjaus")},
            {QStringLiteral("Maahanmuuttajat")}},
          A{QStringLiteral("Naisten olohuone"),
            QStringLiteral("Kohtaamispaikka eri taustaisille naisille."),
            {QStringLiteral("Yksinäisyyden ehkäisy ja osallisuus"), QStringLiteral("Vertaistuki")},
            {QStringLiteral("Maahanmuuttajat"), QStringLiteral("Työikäiset")}}}});
    s.insert(
        QStringLiteral("Kylä- ja asukastoiminta"),
        {{QStringLiteral("Kyläyhdistys ry"), QStringLiteral("Kylätoimikunta ry"),
          QStringLiteral("Asukasyhdistys ry"), QStringLiteral("Maamiesseura ry"),
          QStringLiteral("Martat ry")},
         QStringLiteral("Kylän yhteinen kehittäminen, tapahtumat ja kylätalo."),
         {A{QStringLiteral("Kyläilta"),
            QStringLiteral("Kyläläisten yhteinen ilta kylätalolla."),
            {QStringLiteral("Yksinäisyyden ehkäisy ja osallisuus")},
            {QStringLiteral("Kaikki")}},
          A{QStringLiteral("Kylätalon ruokapiiri"),
            QStringLiteral("Yhteistä ruoanlaittoa ja ruokailua."),
            {QStringLiteral("Ravitsemus"), QStringLiteral("Yksinäisyyden ehkäisy ja osallisuus")},
            {QStringLiteral("Ikäihmiset"), QStringLiteral("Kaikki")}},
          A{QStringLiteral("Talkoopäivä"),
            QStringLiteral("Yhteiset talkoot kylällä."),
            {QStringLiteral("Vapaaehtoistoiminta")},
            {QStringLiteral("Kaikki")},
            false}}});
    s.insert(QStringLiteral("Ympäristö"),
             {{QStringLiteral("Luonnonsuojeluyhdistys ry"), QStringLiteral("Lintuyhdistys ry"),
               QStringLiteral("Ympäristöseura ry")},
              QStringLiteral("Luonnon ja ympäristön suojelua ja retkiä."),
              {A{QStringLiteral("Luontoretki"),
                 QStringLiteral("Opastettu retki lähiluontoon."),
                 {QStringLiteral("Liikunta"), QStringLiteral("Mielen hyvinvointi")},
                 {QStringLiteral("Kaikki")}},
               A{QStringLiteral("Roskatalkoot"),
                 QStringLiteral("Siivotaan yhdessä lähiympäristöä."),
                 {QStringLiteral("Vapaaehtoistoiminta")},
                 {QStringLiteral("Kaikki")},
                 false}}});
    s.insert(
        QString(), // sectors without their own vocabulary, "Muu" included
        {{QStringLiteral("Yhdistys ry"), QStringLiteral("Kerho ry"), QStringLiteral("Seura ry")},
         QStringLiteral("Paikallista yhdistystoimintaa."),
         {A{QStringLiteral("Avoin kerhoilta"),
            QStringLiteral("Kaikille avoin kerhoilta."),
            {QStringLiteral("Yksinäisyyden ehkäisy ja osallisuus")},
            {QStringLiteral("Kaikki")}},
          A{QStringLiteral("Vapaaehtoisten koulutus"),
            QStringLiteral("Perehdytys vapaaehtoistoimintaan."),
            {QStringLiteral("Vapaaehtoistoiminta")},
            {QStringLiteral("Työikäiset")},
            false}}});
}

QHash<QString, SectorVocabulary> buildSectors()
{
    QHash<QString, SectorVocabulary> s;
    addCareSectors(s);
    addAgeSectors(s);
    addWellbeingSectors(s);
    addCommunitySectors(s);
    return s;
}

struct MunicipalityWords
{
    const char *code;
    const char *genitive;
    const char *postalCode;
};

constexpr MunicipalityWords centralFinland[] = {
    {"077", "Hankasalmen", "41520"},  {"172", "Joutsan", "19650"},
    {"179", "Jyväskylän", "40100"},   {"182", "Jämsän", "42100"},
    {"216", "Kannonkosken", "43300"}, {"226", "Karstulan", "43500"},
    {"249", "Keuruun", "42700"},      {"256", "Kinnulan", "43900"},
    {"265", "Kivijärven", "43800"},   {"275", "Konneveden", "44300"},
    {"312", "Kyyjärven", "43700"},    {"410", "Laukaan", "41340"},
    {"435", "Luhangan", "19950"},     {"495", "Multian", "42600"},
    {"500", "Muuramen", "40950"},     {"592", "Petäjäveden", "41900"},
    {"601", "Pihtiputaan", "44800"},  {"729", "Saarijärven", "43100"},
    {"850", "Toivakan", "41660"},     {"892", "Uuraisten", "41230"},
    {"931", "Viitasaaren", "44500"},  {"992", "Äänekosken", "44100"},
};

const MunicipalityWords *findMunicipality(const QString &code)
{
    for (const MunicipalityWords &m : centralFinland) {
        if (code == QLatin1String(m.code))
            return &m;
    }
    return nullptr;
}

QStringList split(const char *words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

const SectorVocabulary &sectorVocabulary(const QString &sectorNameFi)
{
    static const QHash<QString, SectorVocabulary> sectors = buildSectors();
    const auto it = sectors.constFind(sectorNameFi);
    return it != sectors.constEnd() ? *it : *sectors.constFind(QString());
}

QString municipalityGenitive(const QString &code)
{
    const MunicipalityWords *m = findMunicipality(code);
    return m ? QString::fromUtf8(m->genitive) : QString();
}

QString municipalityPostalCode(const QString &code)
{
    const MunicipalityWords *m = findMunicipality(code);
    return m ? QString::fromUtf8(m->postalCode) : QString();
}

const QStringList &villageGenitives()
{
    // Made-up village names: plausible Finnish place words, not a list of real villages.
    static const QStringList words =
        split("Haapalahden Kuusiniemen Koivurannan Petäjämäen Leppävaaran Kivikylän Ahojärven "
              "Mäntyharjun Honkasalon Rantakylän Suolammen Lehtovaaran Pajuniemen Ylä-Kaitaan "
              "Ala-Kaitaan Kalliojärven Tervaniemen Myllykylän Saunalahden Isokylän Pikkujärven "
              "Heinäahon Kolmisopen Ruokoniemen Vehkalahden Karhunmäen Riihikylän Kotivaaran "
              "Niittylän Kaislarannan Uusikylän Vanhankylän Mustalammen Hirvisalon Kurkimäen "
              "Tuomelan Orvokkirannan Jokiniemen Salmenkylän Katajamäen");
    return words;
}

const QStringList &firstNames()
{
    static const QStringList words =
        split("Aino Eeva Helena Johanna Kaisa Laura Maria Minna Päivi Riitta Sanna Tuula Anna "
              "Elina Hanna Katja Leena Marjut Pirjo Satu Ville Antti Juha Jukka Kari Markku Matti "
              "Mikko Pekka Timo Tuomas Jari Heikki Janne Lauri Olli Sami Teemu Veikko Eino");
    return words;
}

const QStringList &surnames()
{
    static const QStringList words =
        split("Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen "
              "Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen "
              "Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila "
              "Savolainen Lahtinen Ahonen Leinonen Hiltunen Kärkkäinen Manninen Peltonen "
              "Lindholm Åberg Öhman Ylönen Väisänen");
    return words;
}

const QStringList &streetNames()
{
    static const QStringList words =
        split("Kirkkotie Koulutie Asematie Rantatie Myllytie Kauppakatu Puistotie Kylätie "
              "Harjutie Seuratie Koivukuja Pajatie Urheilutie Keskustie Sahantie Mäkitie");
    return words;
}

const QStringList &weekdays()
{
    static const QStringList words = split("ma ti ke to pe la su");
    return words;
}

const QStringList &personRoles()
{
    static const QStringList words = {QStringLiteral("puheenjohtaja"), QStringLiteral("sihteeri"),
                                      QStringLiteral("toiminnanjohtaja"),
                                      QStringLiteral("rahastonhoitaja"),
                                      QStringLiteral("vapaaehtoiskoordinaattori")};
    return words;
}

} // namespace kartoitus::demo
