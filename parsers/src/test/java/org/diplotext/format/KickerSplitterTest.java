package org.diplotext.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KickerSplitterTest {
    private final KickerSplitter splitter = new KickerSplitter(FormatLexicon.get());

    private Optional<String[]> split(String line) {
        return splitter.split(line).map(at -> new String[] {line.substring(0, at[0]), line.substring(at[1])});
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "En vue d'une désescalade L'UE invite la Russie à des pourparlers sur la sécurité à l'OSCE|En vue d'une désescalade|L'UE invite la Russie à des pourparlers sur la sécurité à l'OSCE",
        "Votation du 18 juin La loi sur le climat divise les cantons alpins|Votation du 18 juin|La loi sur le climat divise les cantons alpins",
        "Guerre en Ukraine Les combats reprennent autour de Bakhmout|Guerre en Ukraine|Les combats reprennent autour de Bakhmout",
        "Guerre en Ukraine Le Conseil de sécurité se réunit d'urgence|Guerre en Ukraine|Le Conseil de sécurité se réunit d'urgence",
        "Suisse-UE Le Conseil fédéral adopte le mandat de négociation|Suisse-UE|Le Conseil fédéral adopte le mandat de négociation",
        "Crise énergétique Pour Berne, l'hiver sera difficile|Crise énergétique|Pour Berne, l'hiver sera difficile",
        "Sommet de Davos ONU et OMC plaident pour le commerce|Sommet de Davos|ONU et OMC plaident pour le commerce",
        "Nations unies Berne plaide pour un cessez-le-feu au Soudan|Nations unies|Berne plaide pour un cessez-le-feu au Soudan",
        "Justice Le Tribunal f\u00e9d\u00e9ral ordonne \u00e0 une plateforme de verser les cotisations|Justice|Le Tribunal f\u00e9d\u00e9ral ordonne \u00e0 une plateforme de verser les cotisations",
        "Caucase Le Conseil f\u00e9d\u00e9ral appelle Bakou et Erevan \u00e0 signer|Caucase|Le Conseil f\u00e9d\u00e9ral appelle Bakou et Erevan \u00e0 signer",
        "Libre-\u00e9change Ignazio Cassis re\u00e7oit le chef de la diplomatie chinoise|Libre-\u00e9change|Ignazio Cassis re\u00e7oit le chef de la diplomatie chinoise",
        "Tensions diplomatiques Moscou dément toute ingérence|Tensions diplomatiques|Moscou dément toute ingérence",
        "Conflit au Proche-Orient Berne demande une pause humanitaire|Conflit au Proche-Orient|Berne demande une pause humanitaire",
        "ONU La Suisse r\u00e9clame une tr\u00eave au Conseil de s\u00e9curit\u00e9|ONU|La Suisse r\u00e9clame une tr\u00eave au Conseil de s\u00e9curit\u00e9",
        "Sanctions Moscou convoque l'ambassadeur de Suisse|Sanctions|Moscou convoque l'ambassadeur de Suisse",
        "Bons offices Berne facilite un \u00e9change de prisonniers|Bons offices|Berne facilite un \u00e9change de prisonniers",
    })
    void splitsAFusedKicker(String line, String kicker, String headline) {
        assertThat(split(line)).hasValueSatisfying(parts -> assertThat(parts).containsExactly(kicker, headline));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jean-Marie Le Pen traite sa fille de « petite-bourgeoise »",
        "Ignazio Cassis rencontre Antony Blinken à Genève",
        "Cassis rencontre Blinken à Genève",
        "Conseiller fédéral Ignazio Cassis demande une enquête",
        "Ignazio Cassis demande une enquête",
        "Le ministre reçoit Lavrov qui exige des garanties",
        "Le Conseil fédéral veut renforcer la Suisse face aux cyberattaques",
        "Syrie : Human Rights Watch dénonce les actes de torture",
        "Union européenne : ACTA rejeté par le Parlement européen",
        "Ottawa et New Delhi relancent le dialogue apr\u00e8s un appel entre Anand et Jaishankar",
        "T\u00e9l\u00e9communications : Proximus et Orange Belgium annoncent leur fusion, les syndicats inquiets",
        "Marine Le Pen dénonce l'accord avec l'UE",
        "Marine Le Pen re\u00e7oit Jean-Luc M\u00e9lenchon",
        "Hillary Rodham Clinton arrive au Caire",
        "Le président Jean-Marie Le Pen quitte le parti",
        "Moscou exige la fin de l'élargissement de l'Otan",
        "Selon Le Temps, Berne renonce à l'achat",
        "Ukraine",
        "Air France annonce la suppression de vols vers Moscou",
        "Cr\u00e9dit Suisse publie une perte record",
        "Union Suisse des paysans exige des aides",
        "New Delhi accueille le sommet du G20",
        "Le roi Charles III a re\u00e7u le pr\u00e9sident sud-africain au palais de Buckingham",
    })
    void keepsAnOrdinaryHeadlineWhole(String line) {
        assertThat(split(line)).isEmpty();
    }
}
