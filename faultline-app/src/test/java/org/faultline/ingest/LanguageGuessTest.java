package org.faultline.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LanguageGuessTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Spanish|El gobierno anunció el martes que las tropas han recuperado el control de la zona, según el portavoz del ministerio, pero los combates continúan en las afueras de la ciudad.",
            "French|Le ministère de la défense a déclaré mardi que les forces armées ont repris le contrôle de la ville, mais les combats se poursuivent dans les villages voisins selon des témoins.",
            "German|Das Verteidigungsministerium teilte am Dienstag mit, dass die Truppen die Kontrolle über die Stadt zurückgewonnen haben, aber die Kämpfe in den Dörfern sind noch nicht vorbei.",
            "Italian|Il ministero della difesa ha detto martedì che le truppe hanno ripreso il controllo della città, ma i combattimenti continuano nei villaggi vicini e non ci sono notizie delle vittime.",
            "Portuguese|O ministério da defesa disse na terça-feira que as tropas retomaram o controle da cidade, mas os combates continuam nas aldeias próximas e não há informação sobre as vítimas.",
            "Dutch|Het ministerie van defensie heeft dinsdag gezegd dat de troepen de controle over de stad hebben herwonnen, maar de gevechten in de dorpen zijn nog niet voorbij volgens getuigen.",
            "Turkish|Savunma bakanlığı salı günü yaptığı açıklamada, askerlerin şehrin kontrolünü yeniden ele geçirdiğini ancak çatışmaların köylerde devam ettiğini bildirdi ve bu konuda daha fazla bilgi için bir açıklama yapılacağını söyledi.",
            "Azerbaijani|Müdafiə nazirliyi çərşənbə axşamı bildirib ki, qoşunlar şəhərə nəzarəti bərpa edib, lakin kəndlərdə döyüşlər davam edir və bu barədə daha çox məlumat sonra veriləcək, nazirlik tərəfindən bildirilib.",
            "Russian|Министерство обороны во вторник заявило, что войска восстановили контроль над городом, но бои в соседних сёлах продолжаются.",
            "Ukrainian|Міністерство оборони у вівторок заявило, що війська відновили контроль над містом, але бої в сусідніх селах тривають.",
            "Arabic|قالت وزارة الدفاع يوم الثلاثاء إن القوات استعادت السيطرة على المدينة لكن المعارك مستمرة في القرى المجاورة.",
            "Chinese|国防部星期二表示，部队已经恢复了对该城市的控制，但附近村庄的战斗仍在继续，目前没有关于伤亡的消息。",
            "Japanese|国防省は火曜日、部隊が市の支配を回復したと発表したが、近くの村ではまだ戦闘が続いているという。",
            "Armenian|Պաշտպանության նախարարությունը երեքշաբթի հայտարարեց, որ զորքերը վերականգնել են վերահսկողությունը քաղաքի վրա։",
            "Georgian|თავდაცვის სამინისტრომ სამშაბათს განაცხადა, რომ ჯარებმა ქალაქზე კონტროლი აღადგინეს, მაგრამ ბრძოლები გრძელდება.",
            "Hebrew|משרד הביטחון הודיע ביום שלישי כי הכוחות השיבו את השליטה בעיר, אך הקרבות בכפרים הסמוכים נמשכים."
    })
    void recognisesOtherLanguages(String language, String text) {
        assertEquals(language, LanguageGuess.nonEnglish(text));
    }

    @Test
    void acceptsEnglishThatQuotesForeignWords() {
        String text = "The defence ministry said on Tuesday that its troops had retaken the town. Residents chanted "
                + "\"¡No pasarán!\" and \"Слава героям\" as the convoy passed, and a banner read \"la lutte continue\". "
                + "The ministry said the situation was stable, but fighting continued in nearby villages, according to witnesses.";
        assertNull(LanguageGuess.nonEnglish(text));
    }

    @Test
    void acceptsEnglishFullOfForeignNames() {
        String text = "Jama'at Nusrat al-Islam wal-Muslimin said its fighters attacked a post near Tessit; "
                + "the Forces Armées Maliennes said they repelled the attack near the Dar es Salaam road and killed ten.";
        assertNull(LanguageGuess.nonEnglish(text));
    }

    /** One line, as a headline, a caption or a one-sentence record comes. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "French|Les forces armées ont bombardé la ville hier soir.",
            "French|Le gouvernement a démenti toute implication dans l'attaque.",
            "French|Trois soldats ont été tués près de la frontière.",
            "Spanish|Las tropas atacaron el pueblo durante la noche.",
            "Spanish|Un portavoz dijo que no habrá más negociaciones.",
            "Spanish|Tres civiles murieron en los enfrentamientos del lunes.",
            "German|Die Armee hat die Stadt in der Nacht beschossen.",
            "German|Das Ministerium bestreitet jede Beteiligung an dem Angriff.",
            "German|Drei Soldaten wurden bei den Kämpfen getötet.",
            "Italian|Il governo ha negato ogni coinvolgimento nell'attacco.",
            "Russian|Три солдата погибли у границы.",
            "Russian|Повстанцы захватили главную дорогу.",
            "Arabic|قتل ثلاثة جنود قرب الحدود.",
            "Arabic|نفت الوزارة أي تورط في الهجوم.",
            "Russian|Продолжение следует."
    })
    void recognisesOneLineInOtherLanguages(String language, String line) {
        assertEquals(language, LanguageGuess.nonEnglish(line));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Rebels shelled the town overnight, killing three civilians.",
            "The ministry denied any role in the attack.",
            "Le Monde reported that French troops left Gao.",
            "Protesters marched through La Paz and El Alto.",
            "Police arrested Juan de la Cruz in Santiago de Chile.",
            "Van der Berg, de Mistura and Le Drian met in Geneva.",
            "Many die as floods sweep the delta.",
            "No comment, O'Neill said.",
            "Москва denied it.",
            "I do.",
            "Ceasefire holds."
    })
    void acceptsOneLineOfEnglish(String line) {
        assertNull(LanguageGuess.nonEnglish(line));
    }

    @Test
    void tooLittleTextIsNotJudged() {
        assertNull(LanguageGuess.nonEnglish("Москва"), "a name alone");
        assertNull(LanguageGuess.nonEnglish("Die Welt"), "two words");
    }
}
