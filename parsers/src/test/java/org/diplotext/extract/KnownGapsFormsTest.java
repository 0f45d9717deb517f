package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.Actor;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Constructions earlier sessions left unread (session 22, helper gap29), each closed by a general rule: sentences
 * written for the tests, not copied from any evaluation set.
 */
class KnownGapsFormsTest {

    @Test
    void theCountedStatesAskedAreTheOnesNamedTogetherBefore() {
        Dispatch d = parse("Titre", "La ministre allemande des Affaires \u00e9trang\u00e8res s'est entretenue jeudi avec l'Arm\u00e9nie et l'Azerba\u00efdjan. "
                + "La ministre a exhort\u00e9 les deux pays \u00e0 signer un accord de paix.");
        assertThat(d.demands()).singleElement().satisfies(m -> {
            assertThat(name(d, m.source().orElseThrow())).isEqualTo("ministre allemande des Affaires \u00e9trang\u00e8res");
            assertThat(name(d, m.target().orElseThrow())).isIn("Arm\u00e9nie", "Azerba\u00efdjan");
            assertThat(m.content()).contains("signer un accord de paix");
        });
    }

    @Test
    void aSecondDemandVerbAfterEtIsASecondDemandOfTheSameSource() {
        Dispatch d = parse("Titre", "La f\u00e9d\u00e9ration des cheminots r\u00e9clame un plan d'investissement et exige l'arr\u00eat des fermetures de lignes.");
        assertThat(d.demands()).hasSize(2).allSatisfy(m -> assertThat(name(d, m.source().orElseThrow())).isEqualTo("f\u00e9d\u00e9ration des cheminots"));
        assertThat(d.demands()).extracting(m -> m.content()).anySatisfy(c -> assertThat(c).contains("plan d'investissement"))
                .anySatisfy(c -> assertThat(c).contains("arr\u00eat des fermetures"));
    }

    @Test
    void aWishToldInAnotherSpeakersClauseIsThatSpeakersStatement() {
        Dispatch d = parse("Titre", "Le Premier ministre belge a assur\u00e9 mardi que Kinshasa souhaitait \u00ab un partenariat \u00e9quilibr\u00e9 \u00bb.");
        assertThat(d.demands()).isEmpty();
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Premier ministre belge");
            assertThat(c.quote()).hasValue("un partenariat \u00e9quilibr\u00e9");
        });
        assertThat(parse("Titre", "Le porte-parole du gouvernement canadien a indiqu\u00e9 que P\u00e9kin souhaitait un dialogue franc.").demands()).isEmpty();
    }

    @Test
    void aBodysHeadNamedAfterTitleAndBodyBelongsToTheBody() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident des Engag\u00e9s, Maxime Pr\u00e9vot, a rencontr\u00e9 mercredi les syndicats agricoles.");
        Actor head = d.actors().stream().filter(a -> a.name().equals("Maxime Pr\u00e9vot")).findFirst().orElseThrow();
        assertThat(head.affiliation().flatMap(d::actor).map(Actor::name)).hasValue("Les Engag\u00e9s");
        assertThat(head.role()).hasValue("pr\u00e9sident");
    }

    @Test
    void anUnnamedOfficialTakenUpByOfficeIsTheSamePerson() {
        Dispatch d = parse("Titre", "La conseill\u00e8re f\u00e9d\u00e9rale Simonetta Sommaruga a rencontr\u00e9 lundi le ministre italien des Affaires \u00e9trang\u00e8res. "
                + "Plus tard, la conseill\u00e8re f\u00e9d\u00e9rale a re\u00e7u les maires de la r\u00e9gion.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.MEETING)
                .allSatisfy(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("Simonetta Sommaruga"));
    }

    @Test
    void theHeadOfABodyNamedByItsNounIsNoHeadOfState() {
        Dispatch d = parse("Titre", "Le pr\u00e9sident Emmanuel Macron a re\u00e7u jeudi les clubs de football. "
                + "Le pr\u00e9sident de la f\u00e9d\u00e9ration a ensuite salu\u00e9 une rencontre utile.");
        assertThat(d.communications()).filteredOn(c -> c.type() == CommunicationType.STATEMENT)
                .singleElement().satisfies(c -> assertThat(name(d, c.sender().orElseThrow())).isEqualTo("pr\u00e9sident de la f\u00e9d\u00e9ration"));
        Dispatch e = parse("Titre", "La pr\u00e9sidente Maia Sandu a re\u00e7u lundi les maires du pays. "
                + "La pr\u00e9sidente de l'association a ensuite d\u00e9clar\u00e9 que les communes manquaient de moyens.");
        assertThat(e.actors()).extracting(Actor::name).contains("Maia Sandu", "pr\u00e9sidente de l'association");
        Dispatch f = parse("Titre", "Le pr\u00e9sident de la f\u00e9d\u00e9ration de football a d\u00e9clar\u00e9 mardi que le championnat reprendrait. "
                + "Emmanuel Macron a re\u00e7u les joueurs.");
        assertThat(f.actors()).extracting(Actor::name).contains("Emmanuel Macron", "pr\u00e9sident de la f\u00e9d\u00e9ration de football");
    }

    @Test
    void conclureClosesAQuotationOrAReport() {
        Dispatch d = parse("Titre", "\u00ab Nous reviendrons \u00bb, a conclu mercredi le chef de la diplomatie italienne. Le dossier reste ouvert, a-t-il conclu.");
        assertThat(d.communications()).hasSize(2).allSatisfy(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("chef de la diplomatie italienne");
        });
        assertThat(d.communications()).anySatisfy(c -> assertThat(c.quote()).hasValue("Nous reviendrons"));
    }
}
