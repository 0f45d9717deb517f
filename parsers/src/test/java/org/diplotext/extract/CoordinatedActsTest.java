package org.diplotext.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplotext.extract.ExtractionTest.name;
import static org.diplotext.extract.ExtractionTest.parse;

import org.diplotext.model.ActorType;
import org.diplotext.model.CommunicationType;
import org.diplotext.model.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Acts by or between several actors and by groups as agency copy words them, which an audit of probe
 * dispatches found missed (fifteenth session, helper coord15): groups coordinated with an actor, NGOs
 * in the plural, officials who convene, calls in the passive or on the line, speech addressed to
 * someone, phrasal verbs split by their object, things traded rather than talks. One short fixture per
 * construction.
 */
class CoordinatedActsTest {

    private static void assertOne(Dispatch d, CommunicationType type, String sender, String recipient) {
        assertThat(d.communications()).filteredOn(c -> c.type() == type).singleElement().satisfies(c -> {
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo(sender);
            assertThat(c.recipients()).singleElement().satisfies(r -> assertThat(name(d, r)).isEqualTo(recipient));
        });
    }

    private static boolean hasActor(Dispatch d, ActorType type, String name) {
        return d.actors().stream().anyMatch(a -> a.type() == type && a.name().equals(name));
    }

    @Test
    void aGroupJoinedByEtToAnActingActorActsToo() {
        Dispatch d = parse("Titre", "Washington et ses alli\u00e9s ont exig\u00e9 le retrait des troupes russes.");
        assertThat(hasActor(d, ActorType.GROUP, "alli\u00e9s")).isTrue();
        assertThat(hasActor(parse("Titre", "L'Ukraine et ses partenaires europ\u00e9ens ont demand\u00e9 \u00e0 la Russie de lib\u00e9rer les prisonniers."),
                ActorType.GROUP, "partenaires europ\u00e9ens")).isTrue();
        // a group in apposition after the list is a description, not one more actor
        Dispatch apposed = parse("Titre", "Paris, Londres et Berlin, signataires de l'accord, ont exhort\u00e9 l'Iran \u00e0 coop\u00e9rer.");
        assertThat(apposed.actors()).noneMatch(a -> a.type() == ActorType.GROUP);
    }

    @Test
    void ngosAfterAPluralDeterminerAreAGroupWhenTheyReferToNoneNamedBefore() {
        Dispatch d = parse("Titre", "Les ONG ont r\u00e9clam\u00e9 mardi un acc\u00e8s humanitaire \u00e0 Gaza.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("ONG");
            assertThat(d.actor(x.source().orElseThrow()).orElseThrow().type()).isEqualTo(ActorType.GROUP);
        });
        Dispatch asked = parse("Titre", "Plusieurs ONG ont demand\u00e9 au Conseil f\u00e9d\u00e9ral de geler les avoirs russes.");
        assertThat(asked.demands()).singleElement().satisfies(x -> assertThat(name(asked, x.source().orElseThrow())).isEqualTo("ONG"));
        // the names after the noun, and NGOs already named, are who the noun stands for
        Dispatch named = parse("Titre", "Les ONG Amnesty International et Human Rights Watch ont exig\u00e9 une enqu\u00eate.");
        assertThat(named.actors()).noneMatch(a -> a.type() == ActorType.GROUP);
        Dispatch before = parse("Titre", "Amnesty International a publi\u00e9 un rapport. Selon les ONG, les frappes sont ill\u00e9gales.");
        assertThat(before.actors()).noneMatch(a -> a.type() == ActorType.GROUP);
    }

    @Test
    void officialsWhoConveneHoldAMeetingButACrowdDoesNot() {
        Dispatch d = parse("Titre", "Les ministres des Affaires \u00e9trang\u00e8res du G7 se sont r\u00e9unis mardi \u00e0 Capri.");
        assertThat(d.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.MEETING);
            assertThat(name(d, c.sender().orElseThrow())).isEqualTo("ministres des Affaires \u00e9trang\u00e8res du G7");
            assertThat(c.recipients()).isEmpty();
        });
        assertThat(parse("Titre", "Les Occidentaux se sont r\u00e9unis mardi \u00e0 Paris.").communications()).singleElement()
                .satisfies(c -> assertThat(c.type()).isEqualTo(CommunicationType.MEETING));
        assertThat(parse("Titre", "Les manifestants se sont r\u00e9unis mardi devant le Parlement.").communications()).isEmpty();
        // the members a body gathers are not who convene
        Dispatch members = parse("Titre", "Le Conseil des gouverneurs de l'AIEA, qui r\u00e9unit 35 Etats membres, doit se r\u00e9unir \u00e0 Vienne.");
        assertThat(members.actors()).noneMatch(a -> a.name().equals("Etats membres"));
    }

    @Test
    void aCallInThePassiveIsTheAgentsCall() {
        assertOne(parse("Titre", "Emmanuel Macron a \u00e9t\u00e9 appel\u00e9 mardi par Vladimir Poutine."), CommunicationType.CALL, "Vladimir Poutine", "Emmanuel Macron");
        assertOne(parse("Titre", "Joe Biden a \u00e9t\u00e9 joint au t\u00e9l\u00e9phone par Xi Jinping."), CommunicationType.CALL, "Xi Jinping", "Joe Biden");
        assertThat(parse("Titre", "Le ministre a \u00e9t\u00e9 appel\u00e9 \u00e0 t\u00e9moigner par le tribunal.").communications()).isEmpty();
    }

    @Test
    void theOneHadOnThePhoneIsCalled() {
        assertOne(parse("Titre", "Emmanuel Macron a eu Vladimir Poutine au t\u00e9l\u00e9phone mardi."), CommunicationType.CALL, "Emmanuel Macron", "Vladimir Poutine");
        assertOne(parse("Titre", "Emmanuel Macron a eu son homologue russe Vladimir Poutine au t\u00e9l\u00e9phone mardi."), CommunicationType.CALL,
                "Emmanuel Macron", "Vladimir Poutine");
        assertThat(parse("Titre", "Le pr\u00e9sident a eu un accident au t\u00e9l\u00e9phone.").communications()).isEmpty();
    }

    @Test
    void aMediumAfterTheVerbOrThePartnerMakesACall() {
        Dispatch d = parse("Titre", "Emmanuel Macron a appel\u00e9 au t\u00e9l\u00e9phone Vladimir Poutine mardi.");
        assertOne(d, CommunicationType.CALL, "Emmanuel Macron", "Vladimir Poutine");
        assertThat(d.demands()).isEmpty();
        Dispatch after = parse("Titre", "Justin Trudeau s'est entretenu mardi avec Joe Biden par t\u00e9l\u00e9phone.");
        assertOne(after, CommunicationType.CALL, "Justin Trudeau", "Joe Biden");
        assertThat(after.communications()).noneMatch(c -> c.type() == CommunicationType.MEETING);
    }

    @Test
    void aFramingCallWithCoordinatedSubjectsIsBetweenThem() {
        assertOne(parse("Titre", "Lors d'un appel t\u00e9l\u00e9phonique mardi, Emmanuel Macron et Vladimir Poutine ont \u00e9voqu\u00e9 la situation en Ukraine."),
                CommunicationType.CALL, "Emmanuel Macron", "Vladimir Poutine");
    }

    @Test
    void speechAddressedToSomeoneIsAStatementNotALetter() {
        Dispatch d = parse("Titre", "Emmanuel Macron s'est adress\u00e9 mardi \u00e0 Vladimir Poutine.");
        assertOne(d, CommunicationType.STATEMENT, "Emmanuel Macron", "Vladimir Poutine");
        assertThat(d.communications()).noneMatch(c -> c.type() == CommunicationType.LETTER);
        Dispatch nation = parse("Titre", "Emmanuel Macron s'est adress\u00e9 mardi \u00e0 la nation.");
        assertThat(nation.communications()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT);
            assertThat(name(nation, c.sender().orElseThrow())).isEqualTo("Emmanuel Macron");
            assertThat(c.recipients()).isEmpty();
        });
        assertOne(parse("Titre", "Emmanuel Macron a adress\u00e9 une lettre \u00e0 Vladimir Poutine."), CommunicationType.LETTER, "Emmanuel Macron", "Vladimir Poutine");
    }

    @Test
    void aPhrasalVerbSplitByItsObjectAsksTheObject() {
        Dispatch d = parse("Titre", "La Commission europ\u00e9enne a mis la Pologne en demeure de r\u00e9former sa justice.");
        assertThat(d.demands()).singleElement().satisfies(x -> {
            assertThat(x.content()).isEqualTo("r\u00e9former sa justice");
            assertThat(name(d, x.source().orElseThrow())).isEqualTo("Commission europ\u00e9enne");
            assertThat(name(d, x.target().orElseThrow())).isEqualTo("Pologne");
        });
        // without what is asked after it, the phrase names the act only
        assertThat(parse("Titre", "La Commission europ\u00e9enne a mis la Hongrie en demeure sur sa loi.").demands()).isEmpty();
        // a headline's is told again by the lead
        Dispatch told = parse("La Commission met la Pologne en demeure de r\u00e9former sa justice",
                "Le commissaire Didier Reynders a mis en demeure mardi la Pologne de r\u00e9former sa justice.");
        assertThat(told.demands()).singleElement().satisfies(x -> assertThat(name(told, x.source().orElseThrow())).isEqualTo("Didier Reynders"));
    }

    @Test
    void thingsTradedAreNoTalks() {
        assertThat(parse("Titre", "La Russie et l'Ukraine ont \u00e9chang\u00e9 mardi des prisonniers.").communications()).isEmpty();
        assertThat(parse("Titre", "Isra\u00ebl et le Hezbollah ont \u00e9chang\u00e9 des tirs mardi.").communications()).isEmpty();
        assertOne(parse("Titre", "Emmanuel Macron et Olaf Scholz ont \u00e9chang\u00e9 mardi sur la situation en Ukraine."), CommunicationType.MEETING,
                "Emmanuel Macron", "Olaf Scholz");
    }

    @Test
    void aMealTakenTogetherIsAMeeting() {
        assertOne(parse("Titre", "Emmanuel Macron a d\u00e9jeun\u00e9 mardi avec Olaf Scholz."), CommunicationType.MEETING, "Emmanuel Macron", "Olaf Scholz");
        assertOne(parse("Titre", "Emmanuel Macron et Olaf Scholz ont d\u00een\u00e9 mardi \u00e0 Berlin."), CommunicationType.MEETING, "Emmanuel Macron", "Olaf Scholz");
    }

    @Test
    void ensembleBetweenTheVerbAndWhatItAsksIsAnAdverb() {
        Dispatch d = parse("Titre", "Emmanuel Macron et Olaf Scholz ont appel\u00e9 ensemble \u00e0 un cessez-le-feu.");
        assertThat(d.demands()).singleElement().satisfies(x -> assertThat(x.content()).isEqualTo("un cessez-le-feu"));
    }

    @Test
    void concludingTalksSaysNothing() {
        assertThat(parse("Titre", "L'Union europ\u00e9enne et la Suisse ont conclu mardi les n\u00e9gociations.").communications()).isEmpty();
        assertThat(parse("Titre", "Le ministre a conclu que l'accord \u00e9tait possible.").communications()).singleElement()
                .satisfies(c -> assertThat(c.type()).isEqualTo(CommunicationType.STATEMENT));
    }

    @Test
    void pluralOfficialsAndSubdivisionsAreGroupsThatAsk() {
        Dispatch provinces = parse("Titre", "Les premiers ministres provinciaux ont demand\u00e9 \u00e0 Ottawa de revoir les transferts.");
        assertThat(provinces.demands()).singleElement()
                .satisfies(x -> assertThat(name(provinces, x.source().orElseThrow())).isEqualTo("premiers ministres provinciaux"));
        Dispatch cantons = parse("Titre", "Les cantons ont demand\u00e9 au Conseil f\u00e9d\u00e9ral de revoir sa copie.");
        assertThat(cantons.demands()).singleElement().satisfies(x -> assertThat(name(cantons, x.source().orElseThrow())).isEqualTo("cantons"));
        Dispatch g7 = parse("Titre", "Les chefs de la diplomatie du G7 ont appel\u00e9 mardi la Chine \u00e0 faire pression sur la Russie.");
        assertThat(g7.demands()).singleElement()
                .satisfies(x -> assertThat(name(g7, x.source().orElseThrow())).isEqualTo("chefs de la diplomatie du G7"));
    }

    @Test
    void aHeadlinesAcronymIsTheBodyTheLeadGivesItTo() {
        Dispatch d = parse("L'APN met Ottawa en demeure de suspendre sa loi",
                "L'Assembl\u00e9e des Premi\u00e8res Nations (APN) a d\u00e9nonc\u00e9 mardi la loi sur les grands projets.");
        assertThat(d.actors()).filteredOn(a -> a.type() == ActorType.ORGANISATION).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Assembl\u00e9e des Premi\u00e8res Nations");
            assertThat(a.aliases()).contains("APN");
        });
    }
}
