package org.diplotext.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;
import org.diplotext.lexicon.Lexicon;
import org.diplotext.model.Span;
import org.diplotext.text.Folding;

/**
 * Reads what a demand verb asks and of whom: {@code demander à X de A et de B},
 * {@code exhorter X à A}, {@code appeler à A}, {@code exiger A, B et C},
 * {@code demander que …}; splits coordinated demands and merges the same demand reported twice.
 */
final class Demands {
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private final Lexicon lexicon;
    private final Syntax syntax;
    private final Dates dates;
    private final String input;
    private final LocalDate reference;
    final List<Draft.Demand> demands = new ArrayList<>();
    private final java.util.BitSet askedTokens = new java.util.BitSet();
    private int askedSentence = -1;
    /** The states the dispatch has named so far, by ISO code (null for one not named): whose people may be asked. */
    private java.util.function.Function<String, Draft.Actor> knownState = code -> null;
    /** The court the dispatch names first: a prosecutor's requisitions are addressed to it. */
    private Draft.Actor court;

    Demands(Lexicon lexicon, Syntax syntax, Dates dates, String input, LocalDate reference) {
        this.lexicon = lexicon;
        this.syntax = syntax;
        this.dates = dates;
        this.input = input;
        this.reference = reference;
    }

    /**
     * Remembers the first court this sentence names ({@code Le Tribunal pénal fédéral de Bellinzone}), the one asked by
     * requisitions that leave it unsaid. Only sentences that hold a court's noun are looked through.
     */
    void noteCourt(Sentence s) {
        if (court != null || !lexicon.occursIn(s.tokens, Grammar.COURT)) {
            return;
        }
        for (Mention m : s.mentions) {
            if (m.actor != null && m.kind != Mention.Kind.PRONOUN && m.actor.type == org.diplotext.model.ActorType.ORGANISATION
                    && (lexicon.is(s.tokens, m.first, Grammar.COURT) || syntax.is(s, m.first, Grammar.ARTICLE) && lexicon.is(s.tokens, m.first + 1, Grammar.COURT))) {
                court = m.actor;
                return;
            }
        }
    }

    /** Whether a bare court's noun is the one addressed between the verb and its object ({@code réclamer au tribunal}). */
    private boolean courtAsked(Sentence s, int from, int to) {
        for (int k = from; k < to && k < s.size(); k++) {
            if (lexicon.is(s.tokens, k, Grammar.COURT)) {
                return true;
            }
        }
        return false;
    }

    void fromVerb(Sentence s, Sentence.Cue c, Draft.Actor source, Draft.Actor cliticTarget) {
        if (source == null) {
            return; // a demand nobody makes is a misreading ("communiqué affirmant", "Je veux demander")
        }
        if (syntax.reflexive(s, c)) {
            return; // "s'engager à", "se demander si", "s'appeler": said of oneself, nobody is asked
        }
        if (askedOfSpeakerByAnyone(s, c)) {
            return; // "« On nous demande de faire plus avec moins »": a complaint of what is asked of the speaker, no one's demand
        }
        if (procedure(s, c)) {
            return; // "a lancé un appel d'offres pour …": a call for tenders asks no one
        }
        if (syntax.negated(s, c)) {
            // "« Nous ne demandons pas de sanctions »", "L'OMS ne recommande aucune restriction": what is not asked
            return;
        }
        if (asksNoOneHere(s, c)) {
            return; // "« Nous voulons une solution globale »", "compte sur le soutien de X", "a pris en charge les frais"
        }
        if (unnamedAskedToAct(s, c, source, cliticTarget)) {
            return; // "compte sur les gouvernements de la zone euro pour mettre en place …": the act, of ones unnamed
        }
        if (lexicon.is(c.lemmaHead, Grammar.CLAIMS_RESPONSIBILITY)) {
            for (int k = c.last + 1; k < Math.min(s.size(), c.last + 7); k++) { // "revendique lui aussi l'archipel"
                if (syntax.is(s, k, Grammar.VIOLENT_ACT) || syntax.is(s, k, Grammar.CLAIMED_POSSESSION)) {
                    return; // "a revendiqué l'attentat", "revendique l'archipel": claims an act done or a thing held, asks nothing
                }
            }
        }
        if (syntax.is(s, c.last, Grammar.TIME_LIMIT) && ultimatumTo(s, c, source)) {
            return; // "a lancé un ultimatum à Tbilissi : sans libération des détenus …"
        }
        if (syntax.is(s, c.last, Grammar.TIME_LIMIT) && grant(s, c.first, c.last, true, source)) {
            return; // "a lancé un ultimatum de 48 heures au régime pour qu'il …"
        }
        if (lexicon.is(c.lemmaHead, Grammar.CONDITIONS)) {
            conditioned(s, c, source, cliticTarget);
            return; // "conditionne son aide au retrait des troupes": what is asked is the condition, not the thing withheld
        }
        int j = pastDuration(s, pastIncise(s, pastDocument(s, pastDay(s, pastMannerAdverbs(s, syntax.skipAdverbs(s, c.last + 1))))));
        if (syntax.is(s, j, Grammar.PREDETERMINER) && (syntax.is(s, j + 1, Grammar.DEFINITE) || syntax.is(s, j + 1, Grammar.POSSESSIVE)) && !s.inQuote(j)) {
            j++; // "a appelé toutes les parties à la retenue", "exhorte tous ses voisins à …": the asked are after the article
        }
        if (lexicon.is(c.lemmaHead, Grammar.ASKS_ONLY_WITH_A)
                && !lexicon.is(s.tokens, pastDay(s, pastMannerAdverbs(s, syntax.skipAdverbs(s, c.last + 1))), Grammar.TO_PREPOSITION)) {
            return; // "a fait appel de la décision": a court appeal; only "faire appel à X pour …" asks X
        }
        Draft.Actor target = cliticTarget;
        boolean infinitive = false;
        boolean clause = false;
        String lastForm = s.word(c.last);
        boolean withA = syntax.asksWithA(c) && (c.first == c.last || c.verb.takesA()); // "appeler de ses vœux un retour à …" takes no "à"
        boolean consumedA = c.verb.takesA() && lexicon.is(lastForm, Grammar.TO_PREPOSITION);
        if (c.first != c.last && adjectiveLike(s, j) && lexicon.is(s.tokens, j + 1, Grammar.TO_PREPOSITION)) {
            j++; // "a lancé un appel urgent à la protection des hôpitaux": the noun's adjective
        }
        if (withA && !consumedA && openingQuote(s, j) && lexicon.is(s.tokens, j + 1, Grammar.TO_PREPOSITION)) {
            j++; // "a appelé « au calme »": the words asked for are quoted, "à" with them
        }
        if (withA && !consumedA && openingQuote(s, j) && quotedAsked(s, j + 1)) {
            j++; // "a appelé « toutes les parties à faire preuve de retenue »": the asked and the act are quoted
        }
        if (withA && !consumedA && lexicon.is(s.tokens, j, Grammar.TO_PREPOSITION)) {
            lastForm = s.word(j);
            consumedA = true;
            j = syntax.skipAdverbs(s, j + 1);
        }
        if (lexicon.is(c.lemmaHead, Grammar.ASKS_CONDITION) && lexicon.is(s.tokens, j, Grammar.TO_PREPOSITION) && conditionedThenClause(s, j + 1) > j) {
            j = conditionedThenClause(s, j + 1); // past what is conditioned, to the "que" of the clause asked
            consumedA = true;
        }
        if (!consumedA) {
            Mention object = s.mentionAt(skipArticle(s, j));
            String w = s.word(j);
            Mention asked = askedBeforeClause(s, j, source);
            int unnamed = asked == null && lexicon.is(c.lemmaHead, Grammar.ASKS_ONLY_OF) ? clauseAfterUnnamed(s, j) : -1;
            if (asked == null && lexicon.is(c.lemmaHead, Grammar.ASKS_ONLY_OF) && unnamed < 0) {
                return; // "attendre une réponse" waits; only "attendre de X qu'il …" asks
            }
            int body = asked == null && unnamed < 0 ? afterUnnamedBody(s, j) : -1;
            if (asked == null && unnamed < 0 && body < 0) {
                unnamed = pronounClauseAfterUnnamed(s, j); // "exige de la direction qu'elle ouvre …", "de l'ancien élu qu'il rembourse …"
            }
            if (unnamed >= 0) {
                j = unnamed + 1 + (s.word(unnamed + 1).equals("'") ? 1 : 0); // "attendre des autorités de transition qu'elles …": the asked are unnamed
                clause = true;
            } else if (body >= 0) {
                clause = syntax.is(s, body, Grammar.SUBORDINATOR); // "exiger du gouvernement des excuses", "… du régime qu'il …": the body is unnamed
                j = clause ? body + 1 + (s.word(body + 1).equals("'") ? 1 : 0) : body;
            } else if (asked != null) {
                // "exiger de Moscou qu'il retire …", "exiger de Téhéran la libération …", "réclamer auprès de X une aide"
                target = asked.actor;
                int q = pastBareComplement(s, skipComplements(s, asked.last + 1));
                clause = syntax.is(s, q, Grammar.SUBORDINATOR);
                j = clause ? q + 1 + (s.word(q + 1).equals("'") ? 1 : 0) : q;
            } else if (object != null && object.actor != null && object.kind != Mention.Kind.PRONOUN) {
                int after = pastCoordinated(s, pastNameRest(s, skipComplements(s, object.last + 1)), source);
                if (!syntax.is(s, after, Grammar.INFINITIVE_PREPOSITION)) {
                    int k = connector(s, after, false); // "le gouvernement fédéral d'intervenir": past an adjective
                    if (k >= 0 && k <= after + 2 && s.token(after).isWord() && !s.token(after).capitalised()
                            && !syntax.is(s, after, Grammar.ARTICLE) && !syntax.is(s, after, Grammar.DETERMINER) && !syntax.is(s, after, Grammar.PREPOSITION)) {
                        after = k;
                    }
                }
                int incise = pastIncise(s, after);
                if (incise > after && syntax.is(s, incise, Grammar.INFINITIVE_PREPOSITION)) {
                    after = incise; // "appelle les autorités, dans un communiqué, à garantir …"
                } else if (s.word(after).equals(",") && !s.inQuote(after) && syntax.is(s, after + 1, Grammar.INFINITIVE_PREPOSITION)
                        && looksInfinitive(s, after + 2 + (s.word(after + 2).equals("'") ? 1 : 0))) {
                    after++; // "a pressé le ministre de la Santé, Christian Dubé, de rouvrir …": the comma closes the name in apposition
                }
                if (withA && syntax.is(s, after, Grammar.OF_BARE) && !looksInfinitive(s, after + 1 + (s.word(after + 1).equals("'") ? 1 : 0))) {
                    after = askedGroupComplementEnd(s, after); // "a appelé les élus de tous bords à « … »": the asked's complement
                }
                String next = s.word(after);
                if (lexicon.is(next, Grammar.INFINITIVE_PREPOSITION)) {
                    target = object.actor;
                    j = after + 1;
                    if (s.word(j).equals("'")) {
                        j++;
                    }
                    infinitive = lexicon.is(next, Grammar.OF_BARE) || !syntax.is(s, j, Grammar.ARTICLE);
                } else if (lexicon.is(next, Grammar.PURPOSE) || syntax.is(s, after, Grammar.FOR)) {
                    // "solliciter X afin d'obtenir Y": X is asked, Y is what the purpose verb names
                    int k = after + 1;
                    if (syntax.is(s, k, Grammar.OF_BARE)) {
                        k++;
                    }
                    if (s.word(k).equals("'")) {
                        k++;
                    }
                    if (!looksInfinitive(s, k)) {
                        return;
                    }
                    target = object.actor;
                    infinitive = lexicon.is(c.lemmaHead, Grammar.ASKS_ONLY_TO_ACT); // "compte sur X pour maintenir …": the act itself
                    j = infinitive ? k : k + 1;
                } else if (withA && syntax.is(s, after, Grammar.TO_THE) && after + 1 < s.size() && s.token(after + 1).isWord()
                        && !s.token(after + 1).capitalised() && s.mentionAt(after + 1) == null) {
                    target = object.actor; // "appelle les belligérants au calme"
                    j = after + 1;
                } else if (!withA && (after >= s.size() || !s.token(after).isWord())) {
                    return; // the content would be the asked actor alone
                } else if (withA) {
                    return; // "appeler quelqu'un quelque chose" names, it does not ask
                }
            } else if (withA && quotedUnnamedAsked(s, j) >= 0) {
                int k = quotedUnnamedAsked(s, j); // "a appelé « toutes les parties » à la retenue": the unnamed asked are quoted
                target = firstActor(s, j, k);
                j = k + 1 + (s.word(k + 1).equals("'") ? 1 : 0);
                infinitive = looksInfinitive(s, j);
            } else if (withA) {
                int k = connector(s, j, true);
                int relative = k < 0 ? pastRelative(s, j) : -1;
                int apposed = k < 0 && relative < 0 ? namesBeforeA(s, j) : -1;
                if (relative >= 0) {
                    int who = j + 1;
                    while (who < relative && !syntax.is(s, who, Grammar.RELATIVE_PRONOUN)) {
                        who++;
                    }
                    target = firstActor(s, j, who); // "les gangs armés qui contrôlent … Port-au-Prince à déposer les armes": asked before "qui"
                    j = relative + 1;
                    infinitive = true;
                } else if (apposed > 0) {
                    target = s.mentionAt(apposed + 1).actor; // "a invité les anciens chefs du parti, Pauline Marois et Jean-François Lisée, à se joindre …"
                    j = syntax.namesInApposition(s, apposed) + 2;
                    infinitive = true;
                } else if (k < 0) {
                    k = nounAfterA(s, j);
                    if (k < 0) {
                        return;
                    }
                    target = firstAskedActor(s, j, k, source); // "appelant les deux parties à la retenue"
                    j = k + 1;
                } else {
                    target = firstAskedActor(s, j, k, source);
                    j = k + 1;
                    infinitive = true;
                }
            } else if (lexicon.is(c.lemmaHead, Grammar.ASKS_SOMEONE) && (syntax.is(s, j, Grammar.ARTICLE) || syntax.is(s, j, Grammar.DETERMINER))
                    && !lexicon.is(w, Grammar.TO_PREPOSITION) && connector(s, j, false) > j) { // "enjoindre au gouvernement de": read as "à" below
                int k = connector(s, j, false); // "a pressé le gouvernement fédéral d'intervenir": the asked are unnamed
                target = firstAskedActor(s, j, k, source);
                j = k + 1 + (s.word(k + 1).equals("'") ? 1 : 0);
                infinitive = true;
            } else if (lexicon.is(w, Grammar.TO_BARE) && syntax.is(s, j + 1, Grammar.CLAUSE_ANTECEDENT) && syntax.is(s, j + 2, Grammar.SUBORDINATOR)) {
                j += 3; // "demander à ce que"
                if (s.word(j).equals("'")) {
                    j++;
                }
                clause = true;
            } else if (lexicon.is(w, Grammar.TO_PREPOSITION)) {
                Mention m = syntax.objectAt(s, j + 1, s.size());
                int k = m == null && !actAsked(s, j + 1) ? connector(s, j + 1, false) : -1; // "un appel au rétablissement de l'ordre"
                if (m == null && k < 0 && syntax.is(s, j + 1, Grammar.ARTICLE)) {
                    k = connector(s, j + 1, false, 16); // "à la commission de discipline de la Ligue de football professionnel (LFP) de sanctionner"
                }
                if (m == null && looksInfinitive(s, j + 1)) {
                    j++; // "demander à être reçu": asks leave to act
                    infinitive = true;
                } else if (k >= 0) {
                    target = ownerOfUnnamed(s, j + 1, k); // "à la commission de discipline de la LFP de …": the body's owner is asked
                    j = k + 1; // "demander à la population de quitter": the asked are unnamed
                    if (s.word(j).equals("'")) {
                        j++;
                    }
                    infinitive = true;
                } else if (m == null && syntax.is(s, j + 1, Grammar.STATE_BODY) && (j + 2 >= s.size() || !s.token(j + 2).isWord())) {
                    return; // "lance un ultimatum au gouvernement": whom it is addressed to, not what it asks
                } else if (m == null && !actAsked(s, j + 1) && unnamedAskedBeforePurpose(s, j + 1, c) >= 0) {
                    int purpose = unnamedAskedBeforePurpose(s, j + 1, c); // "a fait appel aux pays voisins pour qu'ils ouvrent …"
                    target = firstAskedActor(s, j + 1, purpose, source);
                    clause = syntax.is(s, purpose + 1, Grammar.SUBORDINATOR);
                    j = purpose + (clause ? 2 : 1);
                    if (s.word(j).equals("'")) {
                        j++;
                    }
                    infinitive = !clause;
                } else if (m == null) {
                    int start = j + 1; // "lancer un appel à la retenue"
                    if (!lexicon.is(w, Grammar.TO_BARE) && !actAsked(s, j + 1)) {
                        // "demander au gouvernement des mesures": the unnamed asked, then what is asked
                        for (int n = j + 2; n < Math.min(s.size(), j + 5) && s.token(n).isWord(); n++) {
                            if (syntax.is(s, n, Grammar.DETERMINER) && !syntax.is(s, n, Grammar.OF_THE_SINGULAR) && s.mentionAt(n + 1) == null && !syntax.is(s, n - 1, Grammar.PREPOSITION)) {
                                start = n;
                                break;
                            }
                        }
                    }
                    j = start;
                } else if (m != null) {
                    target = m.actor;
                    int after = pastAdjectives(s, pastCoordinated(s, pastNameRest(s, skipComplements(s, m.last + 1)), source));
                    after = pastTitleComplement(s, after);
                    int incise = s.word(after).equals(",") && !s.inQuote(after) && syntax.is(s, after + 1, Grammar.OF_BARE) ? after + 1 : pastIncise(s, after);
                    if (incise > after && syntax.is(s, incise, Grammar.OF_BARE)
                            && looksInfinitive(s, incise + 1 + (s.word(incise + 1).equals("'") ? 1 : 0))) {
                        after = incise; // "a demandé à la ministre du Travail, Catherine Vautrin, de recevoir …": past the apposition
                    }
                    if (syntax.is(s, after, Grammar.OF_BARE)) {
                        j = after + 1;
                        if (s.word(j).equals("'")) {
                            j++;
                        }
                        infinitive = true;
                    } else if (syntax.is(s, after, Grammar.FOR) && syntax.is(s, after + 1, Grammar.SUBORDINATOR)) {
                        j = after + 2 + (s.word(after + 2).equals("'") ? 1 : 0); // "lancer un appel aux belligérants pour qu'ils épargnent …"
                        clause = true;
                    } else if (syntax.is(s, after, Grammar.FOR) && lexicon.is(c.lemmaHead, Grammar.ASKS_ONLY_WITH_A) && looksInfinitive(s, after + 1)) {
                        j = after + 1; // "a fait appel à la Cédéao pour aider l'armée …": what is asked starts after "pour"
                        infinitive = true;
                    } else if (syntax.is(s, after, Grammar.TO_BARE) && looksInfinitive(s, after + 1)) {
                        j = after + 1; // "a lancé un appel à la Russie à cesser les frappes": what is asked starts after the second "à"
                        infinitive = true;
                    } else {
                        j = after;
                    }
                }
            } else if (lexicon.is(w, Grammar.OF_BARE)) {
                j++;
                if (s.word(j).equals("'")) {
                    j++;
                }
                infinitive = true;
            } else if (lexicon.is(w, Grammar.SUBORDINATOR)) {
                j++;
                if (s.word(j).equals("'")) {
                    j++;
                }
                clause = true;
            }
            if (clause && target == null) {
                Mention m = syntax.objectAt(s, j, s.size()); // "demander que Damas autorise …": Damas is asked
                if (m != null && passiveSubject(s, m)) {
                    m = null; // "demande que les détenus soient libérés": the freed are not asked to free themselves
                }
                if (m != null && m.kind != Mention.Kind.PRONOUN && !syntax.prepositional(m) && m.actor != source) {
                    target = m.actor;
                } else if (m != null && m.actor == source && !s.inQuote(c.first)) {
                    return; // "Le parti veut que la Suisse renonce": the clause's subject is no one asking itself
                }
            }
        } else if (lexicon.is(c.lemmaHead, Grammar.ASKS_CONDITION) && syntax.is(s, j, Grammar.SUBORDINATOR)) {
            j += 1 + (s.word(j + 1).equals("'") ? 1 : 0); // "pose comme condition à sa réintégration que le régime applique …": the clause asks
            clause = true;
            Mention m = syntax.objectAt(s, j, s.size());
            if (target == null && m != null && m.kind != Mention.Kind.PRONOUN && !syntax.prepositional(m) && m.actor != source) {
                target = m.actor;
            }
        } else if (syntax.is(s, j, Grammar.CLAUSE_ANTECEDENT) && syntax.is(s, j + 1, Grammar.SUBORDINATOR)) {
            j += 2 + (s.word(j + 2).equals("'") ? 1 : 0); // "a appelé à ce que la CPI ouvre une enquête"
            clause = true;
            Mention m = syntax.objectAt(s, j, s.size());
            if (target == null && m != null && m.kind != Mention.Kind.PRONOUN && !syntax.prepositional(m) && m.actor != source) {
                target = m.actor; // the clause's subject is asked
            }
        } else {
            infinitive = !syntax.is(s, j, Grammar.ARTICLE) && !syntax.is(s, j, Grammar.DETERMINER) && !lexicon.is(lastForm, Grammar.TO_THE)
                    && !quantity(s, j); // "a requis quatre ans d'emprisonnement": a count opens a noun phrase
            Mention asked = syntax.objectAt(s, j, s.size());
            if (!infinitive && asked != null && asked.kind != Mention.Kind.PRONOUN && asked.actor != source) {
                int after = skipComplements(s, asked.last + 1);
                int k = syntax.is(s, after, Grammar.PURPOSE) ? after + 1 : after;
                if (syntax.is(s, after, Grammar.FOR) || k > after && syntax.is(s, k, Grammar.OF_BARE)) {
                    int n = k + 1 + (s.word(k + 1).equals("'") ? 1 : 0);
                    if (looksInfinitive(s, n)) {
                        target = asked.actor; // "en appeler à la communauté internationale pour sanctionner Damas"
                        j = n;
                        infinitive = true;
                    }
                }
            }
        }
        if (j + 1 < s.size() && !s.token(j).isWord() && !s.inQuote(j) && s.inQuote(j + 1) && s.token(j + 1).isWord()) {
            j++; // "a invité X à « défendre la démocratie »": the words asked for are quoted
            infinitive = infinitive || looksInfinitive(s, j);
        }
        boolean impersonal = lexicon.is(c.lemmaHead, Grammar.IMPERSONAL_VERB);
        if (!infinitive && !clause && !consumedA && looksInfinitive(s, j)) {
            // "souhaiter faire": wanting to do oneself is not asking; "« Il faut savoir … »" asks no one in particular
            return;
        }
        int end = contentEnd(s, j, c);
        if (end < j) {
            return;
        }
        if (clause && end - j < 5 && s.word(end + 1).equals(",")) {
            int verb = pastIncise(s, end + 1);
            if (verb > end + 2 && (syntax.is(s, verb, Grammar.AUXILIARY) || syntax.is(s, verb, Grammar.SUBJUNCTIVE_AUXILIARY))) {
                end = contentEnd(s, verb, c); // "demandent que leur client, en détention depuis octobre, soit remis en liberté": the clause resumes
            }
        }
        boolean frontedParticiple = c.first == 0 || c.first == 1 && syntax.is(s, 0, Grammar.GERUND); // "Réclamant …", "En appelant …"
        if (frontedParticiple && lexicon.endsWithAny(s.word(c.first), "PRESENT_PARTICIPLE_ENDING")) {
            for (int k = j; k <= end; k++) {
                if (s.word(k).equals(",") && !s.inQuote(k)) {
                    end = k - 1; // "Réclamant la libération de leur chef, les manifestants …": the participle's phrase ends at its comma
                    break;
                }
            }
        }
        if (!infinitive && !clause && (syntax.is(s, j, Grammar.INTERROGATIVE) && !syntax.is(s, j, Grammar.ELIDED_IF) || syntax.is(s, j, Grammar.ELIDED_IF) && s.word(j + 1).equals("'")
                && syntax.is(s, j + 2, Grammar.PRONOUN_SINGULAR) | syntax.is(s, j + 2, Grammar.PRONOUN_PLURAL))) {
            return; // "demander au ministre s'il compte …", "demander pourquoi …": a question, not a demand
        }
        if (impersonal && !clause && !looksInfinitive(s, j)) {
            for (int k = j + 1; k <= end; k++) {
                if (syntax.is(s, k, Grammar.FOR)) {
                    return; // "« Il faut du temps pour reconstruire la confiance »": what is needed, asked of no one
                }
            }
        }
        if (hypothetical(s, c)) {
            return; // "s'est demandé si la Russie voulait la paix", "même si Moscou exige …": no demand made
        }
        if ((syntax.is(s, 0, Grammar.FRONTED_SUBORDINATOR) || syntax.is(s, 0, Grammar.CLAUSE_BREAK) && syntax.is(s, 1, Grammar.SUBORDINATOR)) && !s.inQuote(c.first)) {
            for (int k = 1; k <= end; k++) {
                if (s.word(k).equals(",") && k > c.last) {
                    end = k - 1; // "Même si Moscou exige le retrait, le dialogue continue": the fronted clause ends at its comma
                    break;
                }
                if (s.word(k).equals(",")) {
                    break;
                }
            }
        }
        if (!infinitive && !clause && target == null && lexicon.is(c.lemmaHead, Grammar.ASKS_OF)) {
            int at = askedAfterContent(s, j, end, source);
            if (at > j) {
                // "réclamer des explications à Moscou", "exiger des garanties de la Russie": the one asked closes the content
                int a = syntax.is(s, at, Grammar.ADDRESSING_PREPOSITION) ? at + 2 : at + 1;
                target = syntax.objectAt(s, a + (s.word(a).equals("'") ? 1 : 0), end + 1).actor;
                end = (onBehalf(s, at, j) ? at - 3 : at) - 1;
            }
        }
        if (target == null && court != null && court != source && !infinitive && !clause && (lexicon.is(c.lemmaHead, Grammar.PLEADS) || courtAsked(s, c.last + 1, j))) {
            target = court; // "a requis six ans de prison", "a réclamé au tribunal la confiscation de …": the court trying the case is asked
        }
        int[] second = infinitive && target != null ? secondAsked(s, j, end, source) : null;
        int secondEnd = end;
        if (second != null) {
            end = second[0] - 1; // "a appelé Damas à cesser la répression et Moscou à user de son influence": two demands
        }
        List<int[]> parts = clause ? clauses(s, j, end) : split(s, j, end, infinitive);
        boolean direct = s.inQuote(c.first);
        LocalDate date = dates.of(s, c.first, reference, direct, j, end);
        asked(s, j, end);
        addParts(s, c, parts, source, target, direct, date);
        Sentence.Cue relayed = infinitive && target == null ? s.cueAt(j) : null;
        if (relayed != null && relayed.first == j && relayed.isVerb() && relayed.has(org.diplotext.lexicon.Entries.Act.DEMAND)
                && lexicon.is(relayed.lemmaHead, Grammar.ASKS_OF)) {
            // "a appelé la gauche à exiger du gouvernement qu'il soumette …", "appelle à exiger de Rome …": the ones called,
            // unnamed, only relay the ask; what the government is asked is the caller's demand too
            fromVerb(s, relayed, source, null);
        }
        int resumed = infinitive && second == null ? resumedAfterAdjunct(s, end) : !infinitive && !clause ? resumedAfterPart(s, j, end) : -1;
        if (resumed > 0) {
            int resumedEnd = contentEnd(s, resumed, c); // "de libérer X arrêtées lors des manifestations et d'ouvrir une enquête"
            asked(s, resumed, resumedEnd);
            addParts(s, c, split(s, resumed, resumedEnd, infinitive), source, target, direct, date);
        }
        if (second != null) {
            asked(s, second[2], secondEnd);
            addParts(s, c, split(s, second[2], secondEnd, true), source, s.mentionAt(second[1]).actor, direct, date);
        }
    }

    /**
     * The "à" that ends a short complement of the asked opened by "de" at {@code of} ("les élus de tous bords à …"), up to
     * four words with no punctuation; {@code of} when none.
     */
    private int askedGroupComplementEnd(Sentence s, int of) {
        for (int k = of + 1; k < Math.min(s.size(), of + 6); k++) {
            if (syntax.is(s, k, Grammar.TO_BARE) && !s.inQuote(k)) {
                return k > of + 1 ? k : of;
            }
            if (!s.token(k).isWord() || s.mentionAt(k) != null || s.cueAt(k) != null) {
                return of;
            }
        }
        return of;
    }

    private void addParts(Sentence s, Sentence.Cue c, List<int[]> parts, Draft.Actor source, Draft.Actor target, boolean direct, LocalDate date) {
        for (int[] part : parts) {
            int from = s.token(part[0]).start();
            int to = s.token(part[1]).end();
            String content = unbalancedClose(input.substring(from, to).strip());
            if (content.isEmpty() || part[1] < part[0] || !s.token(part[0]).isWord()) {
                continue; // ", et jusqu'à …": what follows a noun read as a verb asks nothing
            }
            if (part[1] == part[0] && syntax.is(s, part[0], Grammar.DEGREE_WORD)) {
                continue; // "Les supporters, eux, réclament davantage.": a degree alone names nothing asked
            }
            add(s, source, target, content, direct, date, Span.of(input, s.token(c.first).start(), to));
        }
    }

    /**
     * A second actor asked in the same content, after "et": "à cesser la répression et Moscou à user de son
     * influence". Returns {index of "et", first token of the second actor's mention, first token of its
     * infinitive}, or null.
     */
    private int[] secondAsked(Sentence s, int from, int end, Draft.Actor source) {
        for (int k = from + 1; k < end; k++) {
            if (!syntax.is(s, k, Grammar.AND) || s.inQuote(k) != s.inQuote(from)) {
                continue;
            }
            Mention m = syntax.objectAt(s, k + 1, end + 1);
            if (m == null || m.kind == Mention.Kind.PRONOUN || m.actor == null || m.actor == source || syntax.prepositional(m)) {
                continue;
            }
            int a = m.last + 1;
            int n = a + 1 + (s.word(a + 1).equals("'") ? 1 : 0);
            if ((syntax.is(s, a, Grammar.TO_BARE) || syntax.is(s, a, Grammar.OF_BARE)) && n <= end && looksInfinitive(s, n)) {
                return new int[] {k, m.first, n};
            }
        }
        return null;
    }

    /**
     * An obligation laid on a named actor in a speaker's quoted words: "« La Russie doit retirer
     * ses troupes »" asks Russia, on the speaker's behalf, what the infinitive says.
     */
    void fromObligation(Sentence s, int at, Draft.Actor source, Draft.Actor target) {
        int j = syntax.skipAdverbs(s, at + 1);
        if (openingQuote(s, j)) {
            j++; // "la Belgique doit « garder un canal ouvert »": the act is quoted
        }
        if (source == null || target == null || source == target || !looksInfinitive(s, j)) {
            return;
        }
        content(s, new Sentence.Cue(at, at, null, null), j, true, source, target, false);
    }

    /**
     * An ultimatum: a verb of granting ({@code GRANT_VERB}: donner, accorder, laisser, fixer,
     * impartir) with a time limit ({@code TIME_LIMIT}: heures, jours, délai, ultimatum, or
     * "jusqu'à …") and a purpose ("pour" + infinitive or "pour que"): "ont donné une semaine aux
     * putschistes pour rétablir …", "a fixé à X un délai de sept jours pour …". The giver asks the
     * one given the time, named after "à", what the purpose says. Returns whether one was read.
     */
    boolean fromGrant(Sentence s, int verb, Draft.Actor source) {
        return grant(s, verb, verb, false, source);
    }

    /**
     * "X conditionne Y à Z" ({@code CONDITIONS}): X asks Z in exchange for Y. Z follows the first "à" of the clause
     * that names no actor: "conditionne le versement de l'aide à la Grèce à l'adoption de …" asks Greece (the one
     * the thing withheld is for) for the adoption; "conditionne tout dialogue au départ des soldats" asks no one named.
     */
    private void conditioned(Sentence s, Sentence.Cue c, Draft.Actor source, Draft.Actor cliticTarget) {
        Draft.Actor target = cliticTarget;
        for (int k = c.last + 1; k < s.size() - 1; k++) {
            String w = s.word(k);
            // the thing withheld is a noun phrase ("toute reprise du dialogue"): only punctuation or a new clause ends it
            if (s.inQuote(k) != s.inQuote(c.first) || w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || k > c.last + 25
                    || syntax.is(s, k, Grammar.SUBORDINATOR) || syntax.is(s, k, Grammar.RELATIVE_PRONOUN) || syntax.is(s, k, Grammar.AUXILIARY)
                    && input.charAt(s.token(k).start()) != '\u00e0') {
                return;
            }
            if (!lexicon.is(s.tokens, k, Grammar.TO_PREPOSITION)) {
                continue;
            }
            Mention m = s.mentionAt(skipArticle(s, k + 1));
            if (m != null && m.actor != null && m.actor != source && m.kind != Mention.Kind.PRONOUN) {
                target = target == null ? m.actor : target; // "l'aide à la Grèce": the one it is for
                continue;
            }
            content(s, c, k + 1, false, source, target, false);
            return;
        }
    }

    /** An ultimatum whose verb spans {@code verb} to {@code last}; {@code limit} when the verb names the limit ("lancer un ultimatum"). */
    private boolean grant(Sentence s, int verb, int last, boolean limit, Draft.Actor source) {
        if (source == null || s.inQuote(verb)) {
            return false;
        }
        int until = Integer.MAX_VALUE;
        Draft.Actor target = givenBeforeComma(s, verb);
        for (int k = last + 1; k < Math.min(s.size() - 1, last + 16); k++) {
            String w = s.word(k);
            if (s.inQuote(k) || w.equals(".") || w.equals(";") || w.equals(":") || syntax.is(s, k, Grammar.HARD_BREAK)
                    || s.cueAt(k) != null && s.cueAt(k).isVerb()) {
                return false;
            }
            if (s.cueAt(k) != null && !s.cueAt(k).isVerb() && !s.cueAt(k).has(org.diplotext.lexicon.Entries.Act.DEMAND)) {
                return false; // "a accordé une interview de deux heures à la chaîne pour …" grants no time to act
            }
            if (syntax.is(s, k, Grammar.TIME_LIMIT) || syntax.is(s, k, Grammar.UNTIL)) {
                int n = k + 1 + (s.word(k + 2).equals("'") ? 1 : 0) + 1;
                boolean measure = syntax.is(s, k + 1, Grammar.OF_BARE) && s.token(Math.min(n, s.size() - 1)).isWord()
                        && !s.token(Math.min(n, s.size() - 1)).numeric() && !syntax.is(s, n, Grammar.TIME_LIMIT) && !syntax.is(s, n + 1, Grammar.TIME_LIMIT) && !syntax.is(s, n, Grammar.QUANTIFIER);
                if (measure) {
                    return false; // "deux jours de congé", "une heure d'entretien": time given for something, no limit set
                }
                until = syntax.is(s, k, Grammar.UNTIL) ? Math.min(until, k) : until;
                limit = true;
                continue;
            }
            if (target == null && lexicon.is(w, Grammar.TO_PREPOSITION) && (!lexicon.is(w, Grammar.TO_BARE) || input.charAt(s.token(k).start()) == '\u00e0')
                    && !s.word(k - 1).equals("'")) {
                Mention m = syntax.objectAt(s, k + 1, s.size());
                if (m != null && m.kind != Mention.Kind.PRONOUN && m.actor != source) {
                    target = m.actor;
                    k = skipComplements(s, m.last + 1) - 1;
                }
                continue;
            }
            if (syntax.is(s, k, Grammar.FOR) || syntax.is(s, k, Grammar.PURPOSE)) {
                int n = k + 1 + (syntax.is(s, k, Grammar.PURPOSE) ? 1 : 0);
                n += s.word(n).equals("'") ? 1 : 0;
                boolean clause = syntax.is(s, k, Grammar.FOR) && syntax.is(s, n, Grammar.SUBORDINATOR);
                if (clause) {
                    n += 1 + (s.word(n + 1).equals("'") ? 1 : 0);
                }
                if (!limit || !clause && !looksInfinitive(s, n)) {
                    return false;
                }
                for (int d = verb + 1; d < k; d++) {
                    if (s.cueAt(d) != null && !s.cueAt(d).isVerb()) {
                        s.cueAt(d).used = true; // "un ultimatum de 48 heures au régime pour …" is this demand, not one of its own
                    }
                }
                content(s, new Sentence.Cue(verb, verb, null, null), n, !clause, source, target, clause, Integer.MAX_VALUE, until);
                return true;
            }
        }
        return false;
    }

    /**
     * The one a dative clitic before a granting participle stands for: the actor named after "à" right
     * before the comma ("un ultimatum au gouvernement, lui donnant jusqu'au 1er novembre pour …"), or null.
     */
    private Draft.Actor givenBeforeComma(Sentence s, int verb) {
        if (verb < 3 || !syntax.is(s, verb - 1, Grammar.DATIVE_CLITIC) || !s.word(verb - 2).equals(",")) {
            return null;
        }
        Mention m = s.mentionAt(verb - 3);
        if (m == null || m.actor == null || m.kind == Mention.Kind.PRONOUN) {
            return null;
        }
        int p = m.first - 1;
        p -= syntax.is(s, p, Grammar.ARTICLE) && !lexicon.is(s.tokens, p, Grammar.TO_PREPOSITION) ? 1 : s.word(p).equals("'") ? 2 : 0;
        return lexicon.is(s.tokens, p, Grammar.TO_PREPOSITION) ? m.actor : null;
    }

    /**
     * A court or an authority seized "pour obtenir" something ({@code SEIZE_VERB}, {@code OBTAIN_VERB}):
     * "a saisi le Conseil d'État pour obtenir la suspension de l'arrêté", "a saisi la Ligue pour obtenir
     * que son match soit rejoué". The one seized, named between the verbs (or no one: "la justice"), is
     * asked what "obtenir" governs. Returns whether one was read.
     */
    boolean fromSeizure(Sentence s, int verb, Draft.Actor subject) {
        for (int k = verb + 1; k < Math.min(s.size() - 2, verb + 16); k++) {
            if (s.inQuote(k) || s.word(k).equals(";") || s.cueAt(k) != null && s.cueAt(k).isVerb()) {
                return false; // another clause: "saisi" was no seizure of this purpose
            }
            if (syntax.is(s, k, Grammar.FOR) && syntax.is(s, k + 1, Grammar.OBTAIN_VERB)) {
                Draft.Actor target = firstActor(s, verb + 1, k);
                // "X a saisi mardi la Ligue": a subject read after the verb is the one seized, not the asker
                Draft.Actor source = subject != null && subject != target ? subject : namedBefore(s, verb);
                if (source == null || source == target) {
                    return false;
                }
                int j = k + 2;
                boolean clause = syntax.is(s, j, Grammar.SUBORDINATOR); // "pour obtenir que son match soit rejoué"
                content(s, new Sentence.Cue(verb, verb, null, null), clause ? j + 1 : j, false, source, target, clause);
                return true;
            }
        }
        return false;
    }

    /** The last actor named before {@code at}, not after a preposition ("Le club …, l'ASVEL, a saisi"), or null. */
    private Draft.Actor namedBefore(Sentence s, int at) {
        for (int k = at - 1; k >= 0 && !s.inQuote(k); k--) {
            Mention m = s.mentionAt(k);
            if (m != null && m.actor != null && m.kind != Mention.Kind.PRONOUN && !syntax.prepositional(m)) {
                return m.actor;
            }
        }
        return null;
    }

    /**
     * "La junte a jusqu'à dimanche pour libérer …": the subject of "avoir jusqu'à" is given a time
     * limit by {@code source} (the one the sentence is attributed to, or who asked it last).
     */
    void fromDeadline(Sentence s, int at, Draft.Actor source) {
        Mention subject = s.mentionAt(at - 1);
        if (source == null || subject == null || subject.actor == null || subject.actor == source || s.inQuote(at)
                || subject.kind == Mention.Kind.PRONOUN || syntax.prepositional(subject)) {
            return;
        }
        for (int k = at + 1; k < Math.min(s.size() - 1, at + 10); k++) {
            String w = s.word(k);
            if (!s.token(k).isWord() && !w.equals("'") || s.cueAt(k) != null && s.cueAt(k).isVerb()) {
                return;
            }
            if (syntax.is(s, k, Grammar.FOR) && looksInfinitive(s, k + 1)) {
                content(s, new Sentence.Cue(at, at, null, null), k + 1, true, source, subject.actor, false, Integer.MAX_VALUE, at);
                return;
            }
        }
    }

    /**
     * A demand named by the noun phrase a participle qualifies, its agent after "par": "le retrait
     * des troupes russes exigé par l'Otan", "la libération des militants, réclamée par l'opposition,".
     * Returns whether one was read.
     */
    boolean fromParticiple(Sentence s, Sentence.Cue c) {
        Mention agent = syntax.objectAt(s, c.last + 2, s.size());
        if (agent == null || agent.kind == Mention.Kind.PRONOUN) {
            return false;
        }
        int end = c.first - 1;
        if (s.word(end).equals(",")) {
            end--;
        }
        int stop = end;
        while (stop >= 0 && stop > end - 12 && (s.token(stop).isWord() || s.word(stop).equals("'")) && !syntax.is(s, stop, Grammar.AUXILIARY)
                && !syntax.is(s, stop, Grammar.SUBORDINATOR) && !syntax.is(s, stop, Grammar.CLAUSE_BREAK) && s.inQuote(stop) == s.inQuote(c.first)
                && (s.cueAt(stop) == null || !s.cueAt(stop).isVerb())) {
            stop--;
        }
        int start = -1;
        for (int k = stop + 1; k < end; k++) {
            if (syntax.is(s, k, Grammar.ARTICLE) || syntax.is(s, k, Grammar.DETERMINER)) {
                start = k;
                break;
            }
        }
        if (start < 0 || s.mentionAt(start) != null || s.mentionAt(start + 1 + (s.word(start + 1).equals("'") ? 1 : 0)) != null) {
            return false; // "les Palestiniens, appelés par le Hamas": the actors asked, not what is asked
        }
        int from = s.token(start).start();
        int to = s.token(end).end();
        add(s, agent.actor, null, input.substring(from, to), false, dates.of(s, c.first, reference, false, start, end),
                Span.of(input, from, s.token(agent.last).end()));
        return true;
    }

    /** Whether the clause of the verb of {@code c} opens with "si": "si la Russie voulait …", "s'il réclame …". */
    private boolean hypothetical(Sentence s, Sentence.Cue c) {
        for (int k = c.first - 1; k >= Math.max(0, c.first - 7); k--) {
            String w = s.word(k);
            if (s.inQuote(k) != s.inQuote(c.first) || !s.token(k).isWord() && !w.equals("'") || s.cueAt(k) != null && s.cueAt(k).isVerb()) {
                return false;
            }
            if (syntax.is(s, k, Grammar.IF) && (s.mentionAt(k + 1) != null || syntax.is(s, k + 1, Grammar.ARTICLE))
                    || syntax.is(s, k, Grammar.ELIDED_IF) && s.word(k + 1).equals("'") && s.mentionAt(k + 2) != null) {
                return !syntax.is(s, k - 1, Grammar.CONCESSIVE); // "même si Moscou exige …" grants that it does
            }
        }
        return false;
    }

    /** Marks tokens {@code from} to {@code to} of the sentence as what is asked: a day there is when to act, not when the story is. */
    private void asked(Sentence s, int from, int to) {
        if (askedSentence != s.index) {
            askedSentence = s.index;
            askedTokens.clear();
        }
        if (from <= to && from >= 0) {
            askedTokens.set(from, to + 1);
        }
    }

    /** The tokens of the sentence that some demand asks for (empty when none). */
    java.util.BitSet askedIn(Sentence s) {
        return askedSentence == s.index ? askedTokens : new java.util.BitSet();
    }

    /** Whom {@code source} asked last, within the sentence and the two before it: a pronoun asked next stands for them. */
    Draft.Actor recentTarget(Sentence s, Draft.Actor source) {
        for (int k = demands.size() - 1; k >= 0 && source != null; k--) {
            Draft.Demand d = demands.get(k);
            if (d.sentence < s.index - 2) {
                break;
            }
            if (d.source == source && d.target != null) {
                return d.target;
            }
        }
        return null;
    }

    /** The one who asked last, within the two sentences before {@code s}, for a deadline reported without its giver. */
    Draft.Actor recentAsker(Sentence s) {
        for (int k = demands.size() - 1; k >= 0; k--) {
            Draft.Demand d = demands.get(k);
            if (d.sentence < s.index - 2) {
                break;
            }
            if (d.source != null) {
                return d.source;
            }
        }
        return null;
    }

    /** What a quotation opening with an imperative at {@code at} asks ("« Libérez les otages »"), in its speaker's words. */
    void fromImperative(Sentence s, int at, Draft.Actor source, Draft.Actor target) {
        if (source == null || source == target) {
            return;
        }
        int end = contentEnd(s, at, new Sentence.Cue(at, at, null, null));
        for (int k = at + 1; k <= end; k++) {
            if (s.word(k).equals(".")) {
                end = k - 1; // the first sentence of the quotation asks; what follows explains
                break;
            }
        }
        content(s, new Sentence.Cue(at, at, null, null), at, true, source, target, false, end);
    }

    /**
     * A quotation opening on "que" and an actor: "« Que Belgrade reconnaisse d'abord notre indépendance de facto, et nous
     * reviendrons à la table »" asks that actor, on the speaker's behalf, what the clause says up to its first comma.
     */
    void fromSubjunctive(Sentence s, int at, Draft.Actor source, Draft.Actor target) {
        if (source == null || source == target) {
            return;
        }
        Sentence.Cue opening = new Sentence.Cue(at, at, null, null);
        int end = contentEnd(s, at, opening);
        for (int k = at + 1; k <= end; k++) {
            if (s.word(k).equals(",") || s.word(k).equals(".")) {
                end = k - 1; // the wish; what follows is the speaker's promise
                break;
            }
        }
        content(s, opening, at, false, source, target, true, end);
    }

    /**
     * A demand asked in the passive: "Israël a été appelé par l'ONU à cesser …", "X a été sommé de …".
     * The grammatical subject is the one asked; the source, when named, follows "par".
     */
    void fromPassive(Sentence s, Sentence.Cue c, Draft.Actor target) {
        fromPassive(s, c, target, Integer.MAX_VALUE);
    }

    /**
     * {@link #fromPassive(Sentence, Sentence.Cue, Draft.Actor)} with what is asked ending at
     * {@code last} at the latest: a fronted participle's phrase ends at its comma ("Sommée par
     * Bruxelles de réformer sa justice, la Pologne …").
     */
    void fromPassive(Sentence s, Sentence.Cue c, Draft.Actor target, int last) {
        if (fromImpersonal(s, c)) {
            return; // "Il a été demandé à la junte de …": the "il" is impersonal, not the one asked
        }
        Draft.Actor reporter = target == null ? invertedReporter(s, c) : null;
        if (target == null && reporter == null) {
            return;
        }
        int j = pastDay(s, syntax.skipAdverbs(s, c.last + 1)); // "a été appelé mardi par les Verts à …"
        // an agent with its complements ("par le secrétaire général de l'ONU à …") is longer than an object
        int reach = syntax.is(s, j, Grammar.BY) ? 16 : 8;
        int k = connector(s, j, !c.has(org.diplotext.lexicon.Entries.Act.DEMAND) || syntax.asksWithA(c), reach);
        if (k < 0 && c.has(org.diplotext.lexicon.Entries.Act.DEMAND) && lexicon.is(c.lemmaHead, Grammar.ASKS_SOMEONE)) {
            k = connector(s, j, false, reach); // "a été sommé par la Cour de limoger …"
        }
        if (k < 0 && syntax.is(s, j, Grammar.INFINITIVE_PREPOSITION)) {
            k = j;
        }
        if (k < 0 && syntax.is(s, j, Grammar.BY)) {
            k = actAfterAsked(s, j, true); // "a été sollicitée par les opposants pour accueillir …": the agent asks the purpose
        }
        if (k < 0) {
            return;
        }
        Draft.Actor source = null;
        for (int i = j; i < k; i++) {
            if (syntax.is(s, i, Grammar.BY)) {
                Mention m = syntax.objectAt(s, i + 1, k);
                source = m == null ? null : m.actor;
                break;
            }
        }
        int from = k + 1 + (s.word(k + 1).equals("'") ? 1 : 0);
        if (openingQuote(s, from) && !s.token(from).isWord()) {
            from++; // "a été prié par le médiateur de « remettre le pouvoir aux civils »": the words asked for are quoted
        }
        int limit = last;
        if (source == null && !s.inQuote(c.first)) {
            source = reporter != null ? reporter : invertedReporter(s, c); // "les habitants sont appelés à réduire …, a rappelé la préfecture": the body that reports asks
        }
        if (source == null) {
            int end = contentEnd(s, from, c);
            for (int i = from + 1; i < end; i++) {
                Mention m = syntax.is(s, i, Grammar.BY) ? syntax.objectAt(s, i + 1, end + 1) : null;
                if (m != null && m.actor != null && m.kind != Mention.Kind.PRONOUN && m.actor != target && skipComplements(s, m.last + 1) > end) {
                    source = m.actor; // "X a été appelé à cesser Y par l'ONU": the agent closes the sentence
                    limit = i - 1;
                    break;
                }
            }
        }
        content(s, c, from, true, source, target, false, limit);
    }

    /**
     * The speaker of an inverted verb of speech that closes the sentence after a demand cue: "…, a rappelé la préfecture
     * de la Drôme." Null when none does.
     */
    Draft.Actor invertedReporter(Sentence s, Sentence.Cue c) {
        for (int k = c.last + 1; k + 1 < s.size(); k++) {
            if (s.inQuote(k) || s.word(k).equals(";") || s.word(k).equals(":")) {
                return null;
            }
            if (!s.word(k).equals(",")) {
                continue;
            }
            int n = syntax.is(s, k + 1, Grammar.AUXILIARY) ? k + 2 : k + 1;
            Sentence.Cue verb = s.cueAt(n);
            if (verb != null && verb.isVerb() && verb.has(org.diplotext.lexicon.Entries.Act.REPORTING)) {
                return syntax.inverted(s, verb.last).actor();
            }
        }
        return null;
    }

    /**
     * An ultimatum addressed after "à": "a lancé un ultimatum à Tbilissi : sans libération des détenus d'ici la fin du mois, …",
     * "un ultimatum à la junte au pouvoir en Guinée-Bissau, lui donnant trois mois pour publier …". The one it is
     * addressed to is asked what the colon, or the purpose after "pour", names, up to the next comma.
     */
    private boolean ultimatumTo(Sentence s, Sentence.Cue c, Draft.Actor source) {
        int j = c.last + 1;
        if (source == null || s.inQuote(c.first) || !lexicon.is(s.tokens, j, Grammar.TO_PREPOSITION)) {
            return false;
        }
        Mention m = syntax.objectAt(s, j + 1 + (s.word(j + 1).equals("'") ? 1 : 0), s.size());
        if (m == null || m.actor == null || m.kind == Mention.Kind.PRONOUN || m.actor == source) {
            return false;
        }
        for (int k = m.last + 1; k < Math.min(s.size() - 1, m.last + 14); k++) {
            String w = s.word(k);
            if (w.equals(".") || w.equals(";") || s.inQuote(k) || syntax.is(s, k, Grammar.HARD_BREAK)) {
                return false;
            }
            boolean colon = w.equals(":");
            boolean purpose = syntax.is(s, k, Grammar.FOR) && (looksInfinitive(s, k + 1) || syntax.is(s, k + 1, Grammar.SUBORDINATOR));
            if (colon || purpose) {
                int from = k + 1;
                Sentence.Cue restated = colon ? restatedDemand(s, from) : null;
                if (restated != null) {
                    restated.used = true; // "un ultimatum au gouvernement : il exige des primes …": one demand, of the one the ultimatum names
                    from = syntax.skipAdverbs(s, restated.last + 1);
                }
                boolean clause = purpose && syntax.is(s, from, Grammar.SUBORDINATOR);
                if (clause) {
                    from += 1 + (s.word(from + 1).equals("'") ? 1 : 0);
                }
                int comma = from;
                while (comma < s.size() && !s.word(comma).equals(",")) {
                    comma++;
                }
                content(s, c, from, purpose && !clause, source, m.actor, clause, comma - 1);
                return true;
            }
        }
        return false;
    }

    /**
     * The demand verb that opens the clause after an ultimatum's colon with a subject pronoun ({@code : il exige des
     * primes}): it restates the ultimatum's demand, or null.
     */
    private Sentence.Cue restatedDemand(Sentence s, int from) {
        if (from + 1 >= s.size() || !syntax.is(s, from, Grammar.PRONOUN_SINGULAR) && !syntax.is(s, from, Grammar.PRONOUN_PLURAL)) {
            return null;
        }
        Sentence.Cue verb = s.cueAt(from + 1);
        return verb != null && verb.isVerb() && verb.first == from + 1 && verb.has(org.diplotext.lexicon.Entries.Act.DEMAND) ? verb : null;
    }

    /**
     * "À la demande de X, Y a ouvert …", "Y, à la demande de X, a désigné …": X asked Y the act the clause tells. The
     * noun at {@code c} follows "à" and its definite article ({@code det}); the asker is the actor after "de", the one
     * asked the subject of the clause, named before the incise or right after the fronted phrase and its comma. The
     * act runs from the verb after the subject (past its auxiliary) to the next comma or the end of the sentence.
     */
    private void onRequest(Sentence s, Sentence.Cue c, int det) {
        if (det < 1 || !syntax.is(s, det - 1, Grammar.TO_BARE) || !syntax.is(s, det, Grammar.DEFINITE) || !syntax.is(s, c.last + 1, Grammar.DE_FORM)
                || s.inQuote(c.first)) {
            return;
        }
        Mention asker = syntax.objectAt(s, c.last + 2 + (s.word(c.last + 2).equals("'") ? 1 : 0), s.size());
        if (asker == null || asker.kind == Mention.Kind.PRONOUN) {
            return;
        }
        int comma = pastNameRest(s, skipComplements(s, asker.last + 1));
        if (comma >= s.size() || !s.word(comma).equals(",")) {
            return;
        }
        Draft.Actor asked = null;
        int verb = -1;
        if (det - 1 == 0) { // fronted: "À la demande de la Belgique, le Conseil … examinera …"
            Mention subject = syntax.objectAt(s, comma + 1, s.size());
            if (subject != null && subject.kind != Mention.Kind.PRONOUN && !syntax.prepositional(subject)) {
                asked = subject.actor;
                verb = pastNameRest(s, skipComplements(s, subject.last + 1));
            }
        } else if (det - 2 > 0 && s.word(det - 2).equals(",")) { // incise: "La Croix-Rouge, à la demande du conseil de bande, a ouvert …"
            asked = namedBefore(s, det - 2);
            verb = comma + 1;
        }
        if (asked == null || asked == asker.actor || verb < 0 || verb >= s.size()) {
            return;
        }
        int from = syntax.skipAdverbs(s, auxiliaryAt(s, verb) ? verb + 1 : verb);
        if (from >= s.size() || !s.token(from).isWord() || s.token(from).capitalised() || s.mentionAt(from) != null
                || syntax.is(s, from, Grammar.PREPOSITION) || syntax.is(s, from, Grammar.ARTICLE)) {
            return; // no verb after the one asked
        }
        int to = from;
        while (to + 1 < s.size() && !(s.word(to + 1).equals(",") && !s.inQuote(to + 1)) && !(to + 2 >= s.size() && !s.token(to + 1).isWord())) {
            to++;
        }
        LocalDate date = dates.of(s, c.first, reference, false, from, to);
        add(s, asker.actor, asked, input.substring(s.token(from).start(), s.token(to).end()).strip(), false, date,
                Span.of(input, s.token(c.first).start(), s.token(to).end()));
    }

    /**
     * Whether the demand noun names its asker, then the act asked: "répondre à la demande de Kiev d'obtenir six batteries"
     * is a demand even after a preposition, where "à la demande de la France" only gives a cause.
     */
    private boolean askerThenAct(Sentence s, Sentence.Cue c) {
        if (!syntax.is(s, c.last + 1, Grammar.DE_FORM)) {
            return false;
        }
        Mention asker = syntax.objectAt(s, c.last + 2 + (s.word(c.last + 2).equals("'") ? 1 : 0), s.size());
        if (asker == null || asker.actor == null || asker.kind == Mention.Kind.PRONOUN) {
            return false;
        }
        int of = skipComplements(s, asker.last + 1);
        return syntax.is(s, of, Grammar.OF_BARE) && looksInfinitive(s, of + 1 + (s.word(of + 1).equals("'") ? 1 : 0));
    }

    /**
     * The "pour" that ends unnamed ones asked after "à" and opens what they are asked ("aux pays voisins pour qu'ils
     * ouvrent …", "à la communauté internationale pour que …"), or -1: the asked are a few words with no punctuation, and
     * only a phrase that asks with "à" alone ({@code ASKS_ONLY_WITH_A}) also takes an infinitive after "pour".
     */
    private int unnamedAskedBeforePurpose(Sentence s, int from, Sentence.Cue c) {
        for (int k = from + 1; k < Math.min(s.size() - 1, from + 7); k++) {
            if (!s.token(k).isWord() || s.inQuote(k)) {
                return -1;
            }
            if (syntax.is(s, k, Grammar.FOR)) {
                if (syntax.is(s, k + 1, Grammar.SUBORDINATOR)) {
                    return k;
                }
                return lexicon.is(c.lemmaHead, Grammar.ASKS_ONLY_WITH_A) && looksInfinitive(s, k + 1) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Whether the word at {@code k}, right after the "au" of a demand, is a noun of an act ({@code un appel au
     * rétablissement de l'ordre}): what is asked starts there, it is no unnamed addressee ({@code au gouvernement}).
     */
    private boolean actAsked(Sentence s, int k) {
        if (k >= s.size() || !s.token(k).isWord() || s.token(k).capitalised() || s.mentionAt(k) != null) {
            return false;
        }
        String w = s.word(k);
        return !lexicon.isGrammar(w) && lexicon.endsWithAny(w, Grammar.ACTION_NOUN_ENDING.name());
    }

    /** Whether the demand word is followed by a noun that makes it a procedure: "appel d'offres" ({@code PROCEDURE_COMPLEMENT}). */
    private boolean procedure(Sentence s, Sentence.Cue c) {
        int n = c.last + 1;
        if (!syntax.is(s, n, Grammar.OF_BARE)) {
            return false;
        }
        n += s.word(n + 1).equals("'") ? 2 : 1;
        return syntax.is(s, n, Grammar.PROCEDURE_COMPLEMENT);
    }

    /**
     * An impersonal passive: "Il est demandé aux pays contributeurs de fournir …", "Il a été demandé
     * aux parties de …". The "il" stands for no one, so those after "à" are asked what follows "de";
     * the text that asks (a resolution, a communiqué) is no actor, so the asker stays unnamed.
     * A personal passive ("il est appelé à témoigner") takes no "à X de" and is left alone.
     */
    boolean fromImpersonal(Sentence s, Sentence.Cue c) {
        int k = c.first - 1;
        while (k > 0 && (syntax.is(s, k, Grammar.AUXILIARY) || syntax.is(s, k, Grammar.ADVERB))) {
            k--; // "Il est également demandé", "Il a été demandé"
        }
        if (k == c.first - 1 || !syntax.is(s, k, Grammar.PRONOUN_SINGULAR) || k > 0 && !s.word(k - 1).equals(",") && !syntax.is(s, k - 1, Grammar.CLAUSE_BREAK)
                || s.inQuote(c.first)) {
            return false;
        }
        int j = syntax.skipAdverbs(s, c.last + 1);
        if (!lexicon.is(s.tokens, j, Grammar.TO_PREPOSITION)) {
            return false;
        }
        int of = connector(s, j + 1, false);
        if (of < 0 || !syntax.is(s, of, Grammar.OF_BARE)) {
            return false; // only "à X de faire" makes the "il" impersonal
        }
        Mention asked = syntax.objectAt(s, j + 1, of);
        Draft.Actor target = asked == null || asked.kind == Mention.Kind.PRONOUN ? null : asked.actor;
        // "Il est demandé aux voyageurs de …, a précisé sa porte-parole": the one who reports it asks
        content(s, c, of + 1 + (s.word(of + 1).equals("'") ? 1 : 0), true, invertedReporter(s, c), target, false);
        return true;
    }

    /**
     * A demand named by a noun: "lancer un appel à la retenue", "l'appel de l'ONU à un cessez-le-feu",
     * "adresser un ultimatum au régime pour qu'il cesse …", "une demande d'extradition".
     * The source is the subject of the support verb before the noun, or the actor after "de".
     */
    void fromNoun(Sentence s, Sentence.Cue c) {
        if (procedure(s, c)) {
            return; // "un appel d'offres": a procedure, no demand
        }
        int det = c.first - 1;
        if (det >= 1 && s.word(det).equals("'")) {
            det--;
        }
        if (!syntax.is(s, det, Grammar.DETERMINER) && !syntax.is(s, det, Grammar.POSSESSIVE) || det > 0 && (syntax.is(s, det - 1, Grammar.CIRCUMSTANCE_PREPOSITION)
                || syntax.is(s, det - 1, Grammar.PREPOSITION) && !syntax.is(s, det - 1, Grammar.BY)) && !askerThenAct(s, c)) {
            onRequest(s, c, det);
            return; // "à la demande de X", "sur demande": no content of its own
        }
        Draft.Actor source = null;
        int v = det - 1;
        while (v >= 0 && (syntax.is(s, v, Grammar.ADVERB) || syntax.is(s, v, Grammar.WEEKDAY) || syntax.is(s, v, Grammar.RELATIVE_DAY))) {
            v--; // "a lancé dimanche un appel"
        }
        int opening = inciseOpening(s, v);
        if (opening > 0) {
            v = opening - 1; // "ont lancé mardi, dans une tribune publiée par Le Monde, un appel à …": the verb is before the incise
            while (v >= 0 && (syntax.is(s, v, Grammar.ADVERB) || syntax.is(s, v, Grammar.WEEKDAY) || syntax.is(s, v, Grammar.RELATIVE_DAY))) {
                v--;
            }
        }
        Draft.Actor fronted = null;
        Mention before = s.mentionAt(v);
        if (!syntax.is(s, v, Grammar.SUPPORT_VERB) && before != null && before.actor != null && before.kind != Mention.Kind.PRONOUN) {
            int p = before.first - 1;
            p -= syntax.is(s, p, Grammar.ARTICLE) || s.word(p).equals("'") ? (s.word(p).equals("'") ? 2 : 1) : 0;
            if (lexicon.is(s.tokens, p, Grammar.TO_PREPOSITION) && syntax.is(s, p - 1, Grammar.SUPPORT_VERB)) {
                fronted = before.actor; // "a adressé à la Turquie une demande de …": the one asked before the noun
                v = p - 1;
            }
        }
        if (syntax.is(s, v, Grammar.SUPPORT_VERB)) {
            source = syntax.subject(s, v, v, null).actor();
        }
        int j = c.last + 1;
        if (adjectiveLike(s, j) && (lexicon.is(s.tokens, j + 1, Grammar.TO_PREPOSITION) || syntax.is(s, j + 1, Grammar.FOR) || syntax.is(s, j + 1, Grammar.DE_FORM))) {
            j++; // "un appel commun à Ottawa", "l'appel solennel de l'ONU à …": past the noun's adjective
        }
        if (source == null && syntax.is(s, j, Grammar.SUPPORT_VERB) && syntax.is(s, j + 1, Grammar.BY)) {
            Mention agent = syntax.objectAt(s, j + 2, s.size());
            if (agent != null && agent.kind != Mention.Kind.PRONOUN) {
                source = agent.actor; // "l'appel lancé par l'ONU aux belligérants …"
                j = skipComplements(s, agent.last + 1);
            }
        }
        if (syntax.is(s, j, Grammar.DE_FORM) && !looksInfinitive(s, j + 1 + (s.word(j + 1).equals("'") ? 1 : 0))) {
            Mention m = syntax.objectAt(s, j + 1, s.size());
            if (m != null && m.kind != Mention.Kind.PRONOUN) {
                if (source == null) {
                    source = m.actor;
                }
                j = skipComplements(s, m.last + 1);
            }
        }
        if (source == null) {
            return;
        }
        int on = syntax.is(s, j, Grammar.BEARS_ON) && !s.inQuote(j) ? syntax.skipAdverbs(s, j + 1) : -1;
        if (on > j && syntax.is(s, on, Grammar.CIRCUMSTANCE_PREPOSITION)) {
            content(s, c, on + 1, false, source, null, false); // "Les revendications des grévistes portent (aussi) sur une prime …"
            return;
        }
        if (syntax.is(s, c.last, Grammar.TIME_LIMIT) && ultimatumTo(s, c, source)) {
            return; // "a lancé un ultimatum à Tbilissi : sans libération des détenus …"
        }
        Draft.Actor target = fronted == source ? null : fronted;
        String w = s.word(j);
        if (lexicon.is(w, Grammar.TO_PREPOSITION)) {
            Mention m = syntax.objectAt(s, j + 1, s.size());
            if (m != null && m.kind != Mention.Kind.PRONOUN && m.actor != source) {
                target = m.actor;
                j = skipComplements(s, m.last + 1);
                for (int k = j; k < Math.min(s.size() - 1, j + 6) && s.token(k).isWord() && s.cueAt(k) == null; k++) {
                    if (syntax.is(s, k, Grammar.FOR) && syntax.is(s, k + 1, Grammar.SUBORDINATOR)) {
                        j = k; // "un appel aux belligérants au Soudan pour qu'ils …": past the place
                        break;
                    }
                }
                w = s.word(j);
            } else {
                int opens = actAsked(s, j + 1) ? -1 : connector(s, j + 1, false); // not "son appel au rétablissement de l'ordre"
                for (int k = j + 1; k < Math.min(s.size(), j + 7) && s.token(k).isWord(); k++) {
                    if (syntax.is(s, k, Grammar.FOR) || opens == k) {
                        j = k; // "un ultimatum aux autorités pour qu'elles …", "son appel au régime à cesser": the asked are unnamed
                        w = s.word(j);
                        break;
                    }
                }
            }
        }
        boolean infinitive;
        boolean purposeClause = false;
        if (syntax.is(s, j, Grammar.FOR) && syntax.is(s, j + 1, Grammar.SUBORDINATOR)) {
            j += 2 + (s.word(j + 2).equals("'") ? 1 : 0);
            infinitive = false;
            purposeClause = true;
        } else if (lexicon.is(w, Grammar.TO_PREPOSITION) || syntax.is(s, j, Grammar.FOR) || lexicon.is(w, Grammar.OF_BARE)
                || syntax.is(s, j, Grammar.SUBORDINATOR)) {
            boolean keep = syntax.is(s, j, Grammar.TO_THE) && !looksInfinitive(s, j + 1);
            j = keep ? j : j + 1 + (s.word(j + 1).equals("'") ? 1 : 0);
            infinitive = looksInfinitive(s, j);
        } else if (lexicon.is(w, Grammar.IN) && syntax.is(s, j + 1, Grammar.FAVOUR_NOUN)) {
            j += 3 + (s.word(j + 3).equals("'") ? 1 : 0);
            infinitive = false;
        } else {
            return;
        }
        boolean clause = lexicon.is(w, Grammar.SUBORDINATOR);
        Mention subject = clause ? syntax.objectAt(s, j, s.size()) : null;
        clause = clause || purposeClause;
        if (subject != null && subject.kind != Mention.Kind.PRONOUN && subject.actor != source && target == null) {
            target = subject.actor; // "l'exigence de Moscou que Kiev renonce à …": the clause's subject is asked
        } else if (j >= s.size() || !s.token(j).isWord() || s.mentionAt(j) != null && s.mentionAt(j).actor != null && !clause) {
            return;
        }
        content(s, c, j, infinitive, source, target, clause);
    }

    private void content(Sentence s, Sentence.Cue c, int j, boolean infinitive, Draft.Actor source, Draft.Actor target, boolean clause) {
        content(s, c, j, infinitive, source, target, clause, Integer.MAX_VALUE);
    }

    private void content(Sentence s, Sentence.Cue c, int j, boolean infinitive, Draft.Actor source, Draft.Actor target, boolean clause, int limit) {
        content(s, c, j, infinitive, source, target, clause, limit, j);
    }

    /** As above; the days named from {@code undatedFrom} on ("jusqu'à vendredi") are a time limit, not when it was asked. */
    private void content(Sentence s, Sentence.Cue c, int j, boolean infinitive, Draft.Actor source, Draft.Actor target, boolean clause, int limit,
            int undatedFrom) {
        int end = Math.min(limit, contentEnd(s, j, c));
        if (!c.isVerb()) {
            boolean ownVerb = clause; // "un ultimatum à Kiev pour qu'il reconnaisse …": the clause's verb is what is asked
            for (int k = j + 1; k <= end; k++) {
                boolean auxiliary = syntax.is(s, k, Grammar.AUXILIARY) && input.charAt(s.token(k).start()) != '\u00e0'; // "a", not "à"
                boolean afterArticle = syntax.is(s, k - 1, Grammar.ARTICLE) || syntax.is(s, k - 1, Grammar.DETERMINER) || syntax.is(s, k - 1, Grammar.POSSESSIVE)
                        || lexicon.is(s.tokens, k - 1, Grammar.TO_PREPOSITION) || s.word(k - 1).equals("'");
                boolean verb = auxiliary && !s.inQuote(k) || s.cueAt(k) != null && s.cueAt(k).isVerb() && !s.inQuote(k) && !afterArticle; // "au dialogue" is a noun
                if (verb && ownVerb) {
                    ownVerb = false;
                    continue;
                }
                if (verb) {
                    end = k - 1; // "l'appel de l'ONU à un cessez-le-feu est resté lettre morte": the noun's own clause ends
                    while (end > j && (s.word(end).equals("'") || syntax.is(s, end, Grammar.NEGATION_CLITIC))) {
                        end--; // "… n'a pas été entendu"
                    }
                    break;
                }
            }
        }
        if (end < j) {
            return;
        }
        List<int[]> parts = clause ? List.of(new int[] {j, end}) : split(s, j, end, infinitive);
        LocalDate date = dates.of(s, c.first, reference, s.inQuote(c.first), Math.min(j, undatedFrom), end);
        asked(s, Math.min(j, undatedFrom), end);
        for (int[] part : parts) {
            if (part[1] < part[0] || !s.token(part[0]).isWord()) {
                continue;
            }
            int from = s.token(part[0]).start();
            int to = s.token(part[1]).end();
            String text = unbalancedClose(input.substring(from, to).strip());
            if (!text.isEmpty()) {
                add(s, source, target, text, s.inQuote(c.first), date, Span.of(input, s.token(c.first).start(), to));
            }
        }
    }

    /**
     * Without closing quotation marks whose opening one lies before the content: "défendre la
     * démocratie »", {@code sans entrave" à la bande de Gaza} when the content starts inside a
     * quotation and runs past it.
     */
    private static String unbalancedClose(String content) {
        String out = content;
        if (out.indexOf('\u00ab') < 0) {
            out = StringUtils.remove(out, '\u00bb');
        }
        if (out.indexOf('\u201c') < 0) {
            out = StringUtils.remove(out, '\u201d');
        }
        if (StringUtils.countMatches(out, '"') % 2 == 1 && !out.startsWith("\"")) {
            int close = out.indexOf('"');
            out = out.substring(0, close) + out.substring(close + 1);
        }
        return out.length() == content.length() ? content : StringUtils.normalizeSpace(out);
    }

    /**
     * The index of the "à" (or, unless {@code onlyA}, "de") that opens an infinitive within a
     * short noun phrase after {@code from} ("les deux parties à cesser"), or -1.
     */
    private int connector(Sentence s, int from, boolean onlyA) {
        return connector(s, from, onlyA, 8);
    }

    /** {@link #connector(Sentence, int, boolean)} within {@code reach} tokens. */
    private int connector(Sentence s, int from, boolean onlyA, int reach) {
        for (int k = from; k < Math.min(s.size(), from + reach); k++) {
            String w = s.word(k);
            if (s.inQuote(k) != s.inQuote(from) || !s.token(k).isWord() && !w.equals("'") && !w.equals("-") && !w.equals("(") && !w.equals(")")
                    || s.cueAt(k) != null && s.cueAt(k).isVerb() || syntax.is(s, k, Grammar.CLAUSE_BREAK)) {
                return -1;
            }
            boolean opens = syntax.is(s, k, Grammar.TO_BARE) || !onlyA && syntax.is(s, k, Grammar.OF_BARE);
            if (opens && k > from) {
                int n = k + 1 + (s.word(k + 1).equals("'") ? 1 : 0);
                if (openingQuote(s, n)) {
                    n++; // "le gouvernement fédéral à « respecter … »": the verb asked for is quoted
                }
                if (syntax.is(s, n, Grammar.NEGATION_CLITIC) && syntax.is(s, n + 1, Grammar.NEGATION)) {
                    n += 2; // "la nouvelle équipe à ne pas gouverner contre …": a negated infinitive
                }
                if (looksInfinitive(s, n) || syntax.is(s, n, Grammar.CLITIC) && looksInfinitive(s, n + 1 + (s.word(n + 1).equals("'") ? 1 : 0))) {
                    return k; // "appeler les pays à s'unir"
                }
                if (onlyA && syntax.is(s, k, Grammar.TO_BARE) && syntax.is(s, n, Grammar.ARTICLE) && !syntax.is(s, n, Grammar.CLITIC)) {
                    return -1; // "appelé les contrôleurs à une grève reconductible à partir du 2 avril": a noun is asked, not "partir"
                }
            }
        }
        return -1;
    }

    /**
     * Past the complement of a title the lexicon does not know whole, up to the apposed name and the
     * "de" that opens the infinitive: "au ministre fédéral de l'Emploi, Bart Claessens, de recevoir …"
     * gives the second "de" (the first one names the portfolio, not what is asked). Else {@code at}.
     */
    private int pastTitleComplement(Sentence s, int at) {
        if (!syntax.is(s, at, Grammar.OF_BARE) || s.inQuote(at)) {
            return at;
        }
        int n = at + 1;
        if (syntax.is(s, n, Grammar.ARTICLE) && !s.token(n).capitalised()) {
            n++;
        }
        if (s.word(n).equals("'")) {
            n++;
        }
        if (n >= s.size() || !s.token(n).capitalised() || looksInfinitive(s, n)) {
            return at;
        }
        int comma = n + 1;
        while (comma < s.size() && s.token(comma).isWord() && s.token(comma).capitalised()) {
            comma++; // "de l'Enseignement supérieur" stops at the lower-case word: no apposition follows
        }
        if (comma >= s.size() || !s.word(comma).equals(",")) {
            return at;
        }
        int incise = pastIncise(s, comma);
        boolean asks = incise > comma && syntax.is(s, incise, Grammar.OF_BARE)
                && looksInfinitive(s, incise + 1 + (s.word(incise + 1).equals("'") ? 1 : 0));
        return asks ? incise : at;
    }

    /**
     * Past the rest of a name the lexicon knows only in part: "aux Forces de soutien rapide (FSR) de
     * cesser" gives the "de" that opens the infinitive, when {@code at} is a "de" followed by no verb.
     */
    private int pastNameRest(Sentence s, int at) {
        String w = s.word(at);
        if (!lexicon.is(w, Grammar.DE_FORM)) {
            return at;
        }
        int n = at + 1 + (s.word(at + 1).equals("'") ? 1 : 0);
        if (looksInfinitive(s, n)) {
            return at;
        }
        int k = connector(s, n, false);
        return k >= 0 && syntax.is(s, k, Grammar.OF_BARE) ? k : at;
    }

    /**
     * The index of the "à", "de" or "auprès de" that names, at the end of a content noun phrase
     * opening at {@code from}, the one asked ("des explications à l'UE", "des garanties de la
     * Russie", "une aide auprès du FMI"), or -1. After "à" or "de" only for what one asks of
     * someone ({@code ACCOUNT_NOUN}: explications, excuses, garanties): "des élections au Mali"
     * locates, "la comparution de X au Congrès" and "la démission du ministre" name what is asked.
     */
    private int askedAfterContent(Sentence s, int from, int end, Draft.Actor source) {
        if (!syntax.is(s, from, Grammar.DETERMINER) && !syntax.is(s, from, Grammar.ARTICLE)) {
            return -1;
        }
        int head = from + 1 + (s.word(from + 1).equals("'") ? 1 : 0);
        while (head < end && !s.token(head).isWord()) {
            head++;
        }
        boolean account = syntax.is(s, head, Grammar.ACCOUNT_NOUN) || syntax.is(s, head + 1, Grammar.ACCOUNT_NOUN);
        for (int k = head + 1; k < end; k++) {
            String w = s.word(k);
            boolean toA = lexicon.is(w, Grammar.TO_PREPOSITION);
            boolean near = syntax.is(s, k, Grammar.ADDRESSING_PREPOSITION) && syntax.is(s, k + 1, Grammar.DE_FORM);
            // "des explications de Moscou": the "de" right after the noun (or an adjective); not one deep in a complement
            // ("des excuses pour des propos tenus à la tribune des Nations unies")
            boolean of = account && syntax.is(s, k, Grammar.DE_FORM) && (k <= head + 2 || onBehalf(s, k, head)); // "… de la part de X"
            if (!toA && !near && !of) {
                continue;
            }
            int a = near ? k + 2 : k + 1;
            Mention m = syntax.objectAt(s, a + (s.word(a).equals("'") ? 1 : 0), end + 1);
            if (m == null || m.actor == null || m.kind == Mention.Kind.PRONOUN || m.actor == source
                    || skipComplements(s, m.last + 1) <= end && !opensAdjunct(s, skipComplements(s, m.last + 1))) {
                continue;
            }
            // "l'extradition du suspect aux autorités américaines": a state's authorities are asked, not a place named
            if (near || account || toA && m.kind == Mention.Kind.STATE_BODY) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the token at {@code k} opens an adjunct that a demand's content does not run into: "des
     * explications à Washington après l'expulsion de deux diplomates", "…, a-t-il dit".
     */
    private boolean opensAdjunct(Sentence s, int k) {
        return s.word(k).equals(",") || syntax.is(s, k, Grammar.CLAUSE_BREAK) || syntax.is(s, k, Grammar.FRAMING_PREPOSITION);
    }

    /** Whether "de la part" ends just before the "de" at {@code at}, within the content from {@code from}: "des excuses de la part de la Suède". */
    private boolean onBehalf(Sentence s, int at, int from) {
        return at - 3 > from && syntax.is(s, at - 1, Grammar.BEHALF_NOUN) && syntax.is(s, at - 2, Grammar.DEFINITE_FEMININE) && syntax.is(s, at - 3, Grammar.DE_FORM);
    }

    /**
     * Past actors coordinated with the one asked: "appeler Israël et le Hamas à conclure …",
     * "exhorter Moscou, Kiev et Minsk à …". The demand keeps the first named as its target, as the
     * gold does (one demand, each coordinated actor an acceptable target). Returns {@code at} when
     * no actor follows the coordinator.
     */
    private int pastCoordinated(Sentence s, int at, Draft.Actor source) {
        int j = at;
        for (int guard = 0; guard < 4; guard++) {
            int n = j;
            if (s.word(n).equals(",")) {
                n++;
            }
            if (syntax.is(s, n, Grammar.AND_OR)) {
                n++;
            } else if (syntax.is(s, n, Grammar.LIKEWISE) && syntax.is(s, n + 1, Grammar.THAT_UNELIDED)) {
                n += 2;
            } else if (n == j) {
                break;
            }
            if (s.inQuote(n) != s.inQuote(j)) {
                break;
            }
            // "demander à Israël et au Hamas de …": the "à" repeated before each one asked
            boolean repeatedA = lexicon.is(s.tokens, n, Grammar.TO_PREPOSITION);
            Mention m = syntax.objectAt(s, repeatedA ? n + 1 : n, s.size());
            if (m == null || m.kind == Mention.Kind.PRONOUN || m.actor == source || !repeatedA && syntax.prepositional(m)) {
                break;
            }
            j = pastNameRest(s, skipComplements(s, m.last + 1));
        }
        return j;
    }

    /**
     * Past adverbs of manner in "-ment" right after the verb, which no list holds in full: "exige
     * simplement que …", "a demandé instamment à X de …", "appelle fermement Moscou à …".
     */
    private int pastMannerAdverbs(Sentence s, int j) {
        int k = j;
        while (k < Math.min(s.size(), j + 2) && s.token(k).isWord() && !s.token(k).capitalised() && s.mentionAt(k) == null
                && s.word(k).length() > 6 && lexicon.endsWithAny(s.word(k), "ADVERB_ENDING") && !syntax.is(s, k - 1, Grammar.ARTICLE)) {
            k = syntax.skipAdverbs(s, k + 1);
        }
        return k;
    }

    /**
     * The "que" after "de" and a short noun phrase that names no actor ("des autorités de
     * transition qu'elles …"), or -1.
     */
    private int clauseAfterUnnamed(Sentence s, int j) {
        if (!syntax.is(s, j, Grammar.DE_FORM)) {
            return -1;
        }
        for (int k = j + 1; k < Math.min(s.size(), j + 7); k++) {
            if (syntax.is(s, k, Grammar.SUBORDINATOR)) {
                return k > j + 1 ? k : -1;
            }
            if (!s.token(k).isWord() && !s.word(k).equals("'") || s.inQuote(k) != s.inQuote(j) || s.cueAt(k) != null && s.cueAt(k).isVerb()
                    || syntax.is(s, k, Grammar.CLAUSE_BREAK)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where "que" opens the clause asked of an unnamed one, resumed by a subject pronoun: "exiger de la direction qu'elle
     * ouvre …". Returns the subordinator, or -1 when no "de X qu'il/qu'elle" follows.
     */
    private int pronounClauseAfterUnnamed(Sentence s, int j) {
        int k = clauseAfterUnnamed(s, j);
        if (k < 0 || !s.word(k + 1).equals("'")) {
            return -1;
        }
        return syntax.is(s, k + 2, Grammar.PRONOUN_SINGULAR) || syntax.is(s, k + 2, Grammar.PRONOUN_PLURAL) ? k : -1;
    }

    /**
     * After "de" and a body the text leaves unnamed ({@code STATE_BODY}: gouvernement, régime,
     * autorités…; {@code ORG_ANAPHOR}: organisation, syndicat…), with an adjective or two: the index of the article, determiner or "que" that opens
     * what is asked of it ("exiger du gouvernement des excuses"), or -1.
     */
    private int afterUnnamedBody(Sentence s, int j) {
        if (!syntax.is(s, j, Grammar.DE_FORM)) {
            return -1;
        }
        int k = skipArticle(s, j + 1 + (s.word(j + 1).equals("'") ? 1 : 0));
        Mention m = s.mentionAt(k);
        if (!syntax.is(s, k, Grammar.STATE_BODY) && !syntax.is(s, k, Grammar.ORG_ANAPHOR) || s.token(k).capitalised() || m != null && m.actor != null) {
            return -1;
        }
        int after = pastAdjectives(s, m == null ? k + 1 : m.last + 1);
        if (after == k + 1 && !syntax.is(s, after, Grammar.ARTICLE) && !syntax.is(s, after, Grammar.DETERMINER) && !syntax.is(s, after, Grammar.SUBORDINATOR)) {
            return -1;
        }
        return syntax.is(s, after, Grammar.OF_BARE) ? -1 : after;
    }

    /**
     * Whether a quotation opening at {@code j} names the ones asked, in at most five words, and then "à"
     * and a verb: "a appelé « toutes les parties à faire preuve de retenue »" asks the parties.
     */
    private boolean quotedAsked(Sentence s, int j) {
        for (int k = j + 1; k < Math.min(s.size(), j + 6) && s.inQuote(k); k++) {
            if (lexicon.is(s.tokens, k, Grammar.TO_PREPOSITION)) {
                return looksInfinitive(s, k + 1);
            }
            if (!s.token(k).isWord() || s.cueAt(k) != null && s.cueAt(k).isVerb()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The "à" after a short quotation that names the unnamed asked ("« toutes les parties » à la
     * retenue", "« les deux camps » à négocier"), when what is asked follows it; or -1.
     */
    private int quotedUnnamedAsked(Sentence s, int j) {
        if (!openingQuote(s, j)) {
            return -1;
        }
        int close = j + 1;
        while (close < s.size() && close < j + 7 && s.inQuote(close)) {
            close++;
        }
        int a = close + 1;
        if (close >= s.size() || s.inQuote(close) || s.token(close).isWord() || a >= s.size() - 1
                || !syntax.is(s, a, Grammar.TO_BARE) && !syntax.is(s, a, Grammar.TO_THE)) {
            return -1;
        }
        int n = a + 1 + (s.word(a + 1).equals("'") ? 1 : 0);
        return n < s.size() && s.token(n).isWord() && !s.token(n).capitalised() && s.mentionAt(n) == null ? a : -1;
    }

    /** Whether the token at {@code j} opens a quotation: a mark outside one, a word inside after it. */
    private static boolean openingQuote(Sentence s, int j) {
        return j + 1 < s.size() && !s.token(j).isWord() && !s.inQuote(j) && s.inQuote(j + 1) && s.token(j + 1).isWord();
    }

    /** Past a day between the verb and its object: "a pressé mardi (soir) le gouvernement de …". */
    private int pastDay(Sentence s, int j) {
        if (syntax.is(s, j, Grammar.WEEKDAY) || syntax.is(s, j, Grammar.RELATIVE_DAY)) {
            j++;
            if (syntax.is(s, j, Grammar.DAY_PART)) {
                j++;
            }
            return syntax.skipAdverbs(s, j);
        }
        return j;
    }

    /**
     * Past the text that carried the demand, between the verb and what is asked: "a exigé dans un
     * communiqué commun « le retrait … »", "réclame dans une lettre ouverte la publication …". The
     * document says how it was asked; what is asked follows it.
     */
    private int pastDocument(Sentence s, int j) {
        if (!syntax.is(s, j, Grammar.DOCUMENT_INTRODUCER) || s.inQuote(j) || !(syntax.is(s, j + 1, Grammar.ARTICLE) || syntax.is(s, j + 1, Grammar.DETERMINER))) {
            return j;
        }
        Sentence.Cue document = s.cueAt(j + 2);
        if (document == null || document.isVerb() || !(document.has(org.diplotext.lexicon.Entries.Act.STATEMENT)
                || document.has(org.diplotext.lexicon.Entries.Act.LETTER))) {
            return j;
        }
        int k = document.last + 1;
        while (adjectiveLike(s, k) && !s.inQuote(k)) {
            k++; // "dans un communiqué commun", "dans une lettre ouverte"
        }
        return syntax.skipAdverbs(s, k);
    }

    /**
     * The opening comma of an adjunct incise that closes at {@code close}: ", dans une tribune publiée par le quotidien Le
     * Monde," opens with a preposition and holds up to twelve words and no finite verb. Returns -1 when none closes there.
     */
    private int inciseOpening(Sentence s, int close) {
        if (close < 2 || !s.word(close).equals(",") || s.inQuote(close)) {
            return -1;
        }
        for (int k = close - 1; k > Math.max(0, close - 14); k--) {
            if (s.word(k).equals(",")) {
                return syntax.is(s, k + 1, Grammar.PREPOSITION) && k + 1 < close - 1 ? k : -1;
            }
            if (s.inQuote(k) || !s.token(k).isWord() && !s.word(k).equals("'") && !s.word(k).equals("-") || syntax.is(s, k, Grammar.AUXILIARY) && !syntax.is(s, k, Grammar.PREPOSITION)) {
                return -1;
            }
        }
        return -1;
    }

    /** Past a duration: "demande depuis des semaines une enquête", "réclame depuis 2012 la libération". */
    private int pastDuration(Sentence s, int j) {
        if (!syntax.is(s, j, Grammar.DURATION_PREPOSITION)) {
            return j;
        }
        for (int k = j + 2; k < Math.min(s.size(), j + 5); k++) {
            if (!s.token(k).isWord() && !s.word(k).equals("'")) {
                return j;
            }
            if (syntax.is(s, k, Grammar.ARTICLE) || syntax.is(s, k, Grammar.DETERMINER) || syntax.is(s, k, Grammar.SUBORDINATOR)
                    || lexicon.is(s.tokens, k, Grammar.TO_PREPOSITION)) {
                return k;
            }
        }
        return j;
    }

    /**
     * Past a short incise between commas: "demande, dans une déclaration, la libération …", "a exigé, mardi, que …",
     * "a exigé, dans une déclaration adoptée à l'unanimité, que …" (up to eleven words).
     */
    private int pastIncise(Sentence s, int j) {
        if (!s.word(j).equals(",") || s.inQuote(j)) {
            return j;
        }
        for (int k = j + 1; k < Math.min(s.size() - 1, j + 13); k++) {
            String w = s.word(k);
            if (w.equals(",")) {
                return k > j + 1 ? syntax.skipAdverbs(s, k + 1) : j;
            }
            if (s.inQuote(k) || !s.token(k).isWord() && !w.equals("'") && !w.equals("-") || s.cueAt(k) != null && s.cueAt(k).isVerb()
                    || syntax.is(s, k, Grammar.CLAUSE_BREAK) || syntax.is(s, k, Grammar.AUXILIARY) && !syntax.is(s, k, Grammar.PREPOSITION)) {
                return j;
            }
        }
        return j;
    }

    /**
     * Where a second thing asked resumes after a "dont" incise on the first: "quatre ans d'emprisonnement, dont deux avec
     * sursis, et 150 000 euros d'amende", "la libération des otages, dont deux Français, et la fermeture du camp" ask two
     * things; the "dont" clause only qualifies the first. A penalty resumes with a penalty, a thing with an article and a
     * common noun. Returns -1 when none does.
     */
    private int resumedAfterPart(Sentence s, int from, int end) {
        boolean penalty = quantity(s, from);
        if (!s.word(end + 1).equals(",") || !syntax.is(s, end + 2, Grammar.WHOSE)) {
            return -1;
        }
        for (int k = end + 3; k < Math.min(s.size() - 2, end + 10); k++) {
            if (s.inQuote(k) != s.inQuote(end) || s.cueAt(k) != null && s.cueAt(k).isVerb()) {
                return -1;
            }
            if (s.word(k).equals(",") && syntax.is(s, k + 1, Grammar.AND) && (penalty ? quantity(s, k + 2) : commonNounPhrase(s, k + 2))) {
                return k + 2;
            }
        }
        return -1;
    }

    /** Whether an article and a common noun, no actor, start at k: "la fermeture du camp", "l'ouverture d'une enquête". */
    private boolean commonNounPhrase(Sentence s, int k) {
        int after = k + (s.word(k + 1).equals("'") ? 2 : 1);
        return syntax.is(s, k, Grammar.CONJUNCT_ARTICLE) && after < s.size() && !s.token(after).capitalised() && s.token(after).isWord()
                && s.mentionAt(after) == null && s.mentionAt(k) == null;
    }

    /**
     * The first token of a second infinitive asked after an adjunct that ended the first ({@code ADJUNCT_OPENER}:
     * "lors de"): "de libérer les personnes arrêtées lors des manifestations du week-end et d'ouvrir une enquête";
     * or -1 when the adjunct runs to a comma or the sentence's end without "et de" + infinitive.
     */
    private int resumedAfterAdjunct(Sentence s, int end) {
        if (!syntax.is(s, end + 1, Grammar.ADJUNCT_OPENER)) {
            return -1;
        }
        for (int k = end + 2; k < Math.min(s.size() - 2, end + 16); k++) {
            if (!s.token(k).isWord() && !s.word(k).equals("'") && !s.word(k).equals("-") || s.inQuote(k) != s.inQuote(end) || s.cueAt(k) != null && s.cueAt(k).isVerb()) {
                return -1;
            }
            if (syntax.is(s, k, Grammar.AND) && syntax.is(s, k + 1, Grammar.OF_BARE)) {
                int n = k + 2 + (s.word(k + 2).equals("'") ? 1 : 0);
                return looksInfinitive(s, n) ? n : -1;
            }
        }
        return -1;
    }

    /**
     * The "à" that opens the infinitive asked after unnamed ones qualified by a relative clause: "exhorte les gangs
     * armés qui contrôlent une grande partie de Port-au-Prince à déposer les armes". The clause may be longer than
     * {@link #connector}'s reach; it must start within four words and hold no comma, quote or other demand. Or -1.
     */
    private int pastRelative(Sentence s, int from) {
        if (!syntax.is(s, from, Grammar.DETERMINER)) {
            return -1;
        }
        int who = -1;
        for (int k = from + 1; k < Math.min(s.size(), from + 5) && s.token(k).isWord(); k++) {
            if (syntax.is(s, k, Grammar.RELATIVE_PRONOUN)) {
                who = k;
                break;
            }
        }
        for (int k = who + 2; who > 0 && k < Math.min(s.size() - 1, who + 16); k++) {
            if (s.inQuote(k) != s.inQuote(from) || !s.token(k).isWord() && !s.word(k).equals("'") && !s.word(k).equals("-")
                    || s.cueAt(k) != null && s.cueAt(k).has(org.diplotext.lexicon.Entries.Act.DEMAND) || syntax.is(s, k, Grammar.RELATIVE_PRONOUN)) {
                return -1;
            }
            if (syntax.is(s, k, Grammar.TO_BARE) && looksInfinitive(s, k + 1)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The "à" of "appeler les parties à la retenue": within a short plural noun phrase opening at
     * {@code from} with a determiner, an "à" before a determined noun that names no actor; or -1.
     */
    private int nounAfterA(Sentence s, int from) {
        if (!syntax.is(s, from, Grammar.DETERMINER) && !syntax.is(s, from, Grammar.QUANTIFIER)) {
            return -1;
        }
        for (int k = from + 1; k < Math.min(s.size() - 1, from + 6); k++) {
            String w = s.word(k);
            if (k == from + 1 && w.equals("'")) {
                continue; // "l'ensemble des athlètes à …": the elided article
            }
            if (s.inQuote(k) != s.inQuote(from) || !s.token(k).isWord() || s.cueAt(k) != null && s.cueAt(k).isVerb() || syntax.is(s, k, Grammar.CLAUSE_BREAK)) {
                return -1;
            }
            if (syntax.is(s, k, Grammar.TO_BARE) && k > from + 1) {
                int a = k + 1 < s.size() - 1 && openingQuote(s, k + 1) ? k + 2 : k + 1; // "à « la plus grande vigilance »": the words asked for are quoted
                int n = skipArticle(s, a);
                return syntax.is(s, a, Grammar.ARTICLE) && s.token(n).isWord() && !s.token(n).capitalised() && s.mentionAt(n) == null ? k : -1;
            }
            if (syntax.is(s, k, Grammar.TO_THE) && k > from + 1) {
                // "appeler ses compatriotes au calme": the noun follows the contracted article
                return s.token(k + 1).isWord() && !s.token(k + 1).capitalised() && s.mentionAt(k + 1) == null ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Past one or two adjectives that the mention of the one asked left out, when what is asked
     * follows: "au gouvernement fédéral une hausse", "aux autorités locales de rouvrir …".
     */
    private int pastAdjectives(Sentence s, int at) {
        int k = at;
        while (k < at + 2 && adjectiveLike(s, k)) {
            k++;
        }
        if (k == at) {
            return at;
        }
        int n = k + 1 + (s.word(k + 1).equals("'") ? 1 : 0);
        boolean opens = syntax.is(s, k, Grammar.ARTICLE) || syntax.is(s, k, Grammar.DETERMINER) || syntax.is(s, k, Grammar.SUBORDINATOR)
                || syntax.is(s, k, Grammar.OF_BARE) && looksInfinitive(s, n)
                || syntax.is(s, k, Grammar.FOR) && syntax.is(s, k + 1, Grammar.SUBORDINATOR); // "aux autorités fédérales pour qu'elles …"
        return opens ? k : at;
    }

    /** Whether the word at {@code k} can be an adjective after a noun: a lower-case word of no grammar class, no name, no verb. */
    boolean adjectiveLike(Sentence s, int k) {
        return k < s.size() && s.token(k).isWord() && !s.token(k).capitalised() && s.mentionAt(k) == null && s.cueAt(k) == null
                && !syntax.is(s, k, Grammar.ARTICLE) && !syntax.is(s, k, Grammar.DETERMINER) && !syntax.is(s, k, Grammar.PREPOSITION) && !syntax.is(s, k, Grammar.ADVERB)
                && !syntax.is(s, k, Grammar.AND_OR) && !syntax.is(s, k, Grammar.AUXILIARY) && !syntax.is(s, k, Grammar.SUBORDINATOR) && !syntax.is(s, k, Grammar.CLAUSE_BREAK)
                && !syntax.is(s, k, Grammar.WEEKDAY) && !syntax.is(s, k, Grammar.RELATIVE_DAY) && !syntax.is(s, k, Grammar.CLITIC) && !syntax.is(s, k, Grammar.NEGATION)
                && !looksInfinitive(s, k);
    }

    /**
     * The actor an unnamed asked body belongs to, named in its complement: "la commission de discipline de la Ligue de
     * football professionnel" is the league's, "la plateforme de livraison Rapido" is Rapido. Null when the complement names no
     * actor ("la population de quitter").
     */
    private Draft.Actor ownerOfUnnamed(Sentence s, int from, int to) {
        Mention noun = s.mentionAt(skipArticle(s, from));
        for (int k = from + 1; k < to; k++) {
            Mention m = s.mentionAt(k);
            if (m != null && m.actor != null && m.kind != Mention.Kind.PRONOUN
                    && (syntax.is(s, m.first - (s.word(m.first - 1).equals("'") ? 2 : 1), Grammar.OF_OR_DEFINITE) || noun != null && noun.link == m)) {
                return m.actor; // "à la plateforme de livraison Rapido de …": the name the noun introduces
            }
        }
        return null;
    }

    /**
     * The comma that opens people's names in apposition to a short unnamed group at {@code from}, when "à" and an
     * infinitive follow them ("les anciens chefs du parti, Pauline Marois et Jean-François Lisée, à se joindre"); -1 if none.
     */
    private int namesBeforeA(Sentence s, int from) {
        for (int k = from + 1; k < Math.min(s.size(), from + 8); k++) {
            if (s.word(k).equals(",") && !s.inQuote(k)) {
                int close = syntax.namesInApposition(s, k);
                if (close < 0 || !syntax.is(s, close + 1, Grammar.TO_BARE)) {
                    return -1;
                }
                int n = close + 2;
                if (syntax.is(s, n, Grammar.CLITIC)) {
                    n += s.word(n + 1).equals("'") ? 2 : 1;
                }
                return looksInfinitive(s, n) ? k : -1;
            }
            if (!s.token(k).isWord() && !s.word(k).equals("'") && !s.word(k).equals("-")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The first actor named between two tokens, not after a preposition; or, for a management named by its company
     * ("invite la direction de l'entreprise à …", {@code MANAGEMENT}), that company.
     */
    private Draft.Actor firstAskedActor(Sentence s, int from, int to, Draft.Actor source) {
        Draft.Actor first = firstActor(s, from, to);
        int head = skipArticle(s, from);
        if (first == null && head < to && syntax.is(s, head, Grammar.MANAGEMENT)) {
            return ownerOfUnnamed(s, from, to);
        }
        return first == null ? peopleAsked(s, from, to, source) : first;
    }

    /**
     * The state whose people are asked, named by their plural demonym alone between {@code from} and {@code to}
     * ("a adjuré les Grecs de …", "a appelé les Britanniques à …"): a people asked to act stands for its state, when
     * the dispatch already names that state and the one who asks is of another; else null. Inhabitants elsewhere stay no
     * actor (see MentionFinder).
     */
    private Draft.Actor peopleAsked(Sentence s, int from, int to, Draft.Actor source) {
        if (!syntax.is(s, from, Grammar.DEFINITE_PLURAL) || from + 1 >= to || !s.token(from + 1).capitalised() || s.inQuote(from + 1)) {
            return null;
        }
        var people = lexicon.names().longest(s.tokens, from + 1);
        if (people == null || people.value().kind() != org.diplotext.lexicon.Named.Kind.DEMONYM || people.last() + 1 != to
                || source == null || source.country == null || people.value().key().equals(source.country)) {
            return null; // "la ministre a appelé les Français à …": a government asks its own people, not its state; an asker of no known state may be theirs
        }
        return knownState.apply(people.value().key());
    }

    /** Takes the resolver's look-up of the states the dispatch has named so far, by ISO code. */
    void statesFrom(java.util.function.Function<String, Draft.Actor> states) {
        knownState = states;
    }

    /** The first actor named between two tokens, not after a preposition. */
    private Draft.Actor firstActor(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Mention m = s.mentionAt(k);
            if (m != null && m.actor != null && m.kind != Mention.Kind.PRONOUN && !syntax.prepositional(m)) {
                return m.actor;
            }
            if (m != null && m.kind == Mention.Kind.COUNTED && !syntax.counted(m).isEmpty()) {
                return syntax.counted(m).get(0); // "exhorte les deux pays à …": the first of those named together before
            }
        }
        return null;
    }

    /** Whether a count opens a noun phrase at {@code j} ("quatre ans", "150 000 euros"), as an article would. */
    private boolean quantity(Sentence s, int j) {
        return j < s.size() && (s.token(j).numeric() || syntax.is(s, j, Grammar.COUNT_WORD));
    }

    /**
     * Whether a verb of demand asks no one here: "vouloir" with a thing for object in a quotation ("« Nous voulons une
     * solution globale »", "« Nous voulons des maisons »": a wish), or a verb that asks only someone named to act
     * ("compter sur X pour …", "charger X de …") with no such act after it ("compte sur le soutien de la Chine") or after a
     * preposition ("a pris en charge les frais").
     */
    private boolean asksNoOneHere(Sentence s, Sentence.Cue c) {
        int j = syntax.skipAdverbs(s, c.last + 1);
        if (lexicon.is(c.lemmaHead, Grammar.WANT_VERB)) {
            return s.inQuote(c.first) && (syntax.is(s, j, Grammar.ARTICLE) || syntax.is(s, j, Grammar.DETERMINER))
                    && !syntax.is(s, j, Grammar.SUBORDINATOR);
        }
        if (!lexicon.is(c.lemmaHead, Grammar.ASKS_ONLY_TO_ACT)) {
            return false;
        }
        return c.first > 0 && syntax.is(s, c.first - 1, Grammar.PREPOSITION) || actAfterAsked(s, j) < 0;
    }

    /**
     * For a verb that asks only someone named to act ("compter sur X pour …", "charger X de …") whose X is no actor:
     * the act is asked, from its infinitive on, of no one named (or of the clitic's referent). False for an actor X.
     */
    private boolean unnamedAskedToAct(Sentence s, Sentence.Cue c, Draft.Actor source, Draft.Actor cliticTarget) {
        if (!lexicon.is(c.lemmaHead, Grammar.ASKS_ONLY_TO_ACT)) {
            return false;
        }
        int j = syntax.skipAdverbs(s, c.last + 1);
        Mention object = s.mentionAt(skipArticle(s, j));
        if (object != null && object.actor != null) {
            return false;
        }
        int k = actAfterAsked(s, j);
        content(s, c, k + 1 + (s.word(k + 1).equals("'") ? 1 : 0), true, source, cliticTarget, false);
        return true;
    }

    /**
     * After "poser comme condition à": the "que" that opens the clause asked, past the short noun phrase of what is
     * conditioned ("à sa réintégration que …"), or -1 when none follows within a few words.
     */
    private int conditionedThenClause(Sentence s, int from) {
        for (int k = from; k < Math.min(s.size(), from + 8); k++) {
            if (s.inQuote(k) != s.inQuote(from) || !s.token(k).isWord() && !s.word(k).equals("'") || s.cueAt(k) != null && s.cueAt(k).isVerb()
                    || syntax.is(s, k, Grammar.FOR)) {
                return -1;
            }
            if (k > from && syntax.is(s, k, Grammar.SUBORDINATOR)) {
                return k;
            }
        }
        return -1;
    }

    /** The "de" or "pour" that opens the act asked of the one named from {@code from} on ("les employeurs pour maintenir"), or -1. */
    private int actAfterAsked(Sentence s, int from) {
        return actAfterAsked(s, from, false);
    }

    /** {@link #actAfterAsked(Sentence, int)}, with only a "pour" when {@code purposeOnly}. */
    private int actAfterAsked(Sentence s, int from, boolean purposeOnly) {
        for (int k = from + 1; k < Math.min(s.size(), from + 14); k++) {
            if (s.inQuote(k) != s.inQuote(from) || syntax.is(s, k, Grammar.CLAUSE_BREAK) || s.cueAt(k) != null && s.cueAt(k).isVerb()) {
                return -1;
            }
            if ((!purposeOnly && syntax.is(s, k, Grammar.OF_BARE) || syntax.is(s, k, Grammar.FOR))
                    && looksInfinitive(s, k + 1 + (s.word(k + 1).equals("'") ? 1 : 0))) {
                return k;
            }
        }
        return -1;
    }

    private boolean looksInfinitive(Sentence s, int j) {
        String w = s.word(j);
        return s.token(j < s.size() ? j : 0).isWord() && !s.token(Math.min(j, s.size() - 1)).capitalised() && s.mentionAt(j) == null
                && lexicon.endsWithAny(w, "INFINITIVE_ENDING") && !lexicon.is(w, Grammar.DETERMINER)
                && !lexicon.is(w, Grammar.PREPOSITION) && !lexicon.is(w, Grammar.ARTICLE) && !lexicon.is(w, Grammar.COUNT_WORD) && w.length() > 3;
    }

    /**
     * For "de X que …", "du gouvernement qu'il …", "de X la libération …" or "auprès de X une aide"
     * after a demand verb: the mention of X, the one asked, or null.
     */
    private Mention askedBeforeClause(Sentence s, int j, Draft.Actor source) {
        boolean near = syntax.is(s, j, Grammar.FRAMING_PREPOSITION);
        int at = near ? j + 1 : j;
        String w = s.word(at);
        if (!lexicon.is(w, Grammar.DE_FORM)) {
            return null;
        }
        Mention m = syntax.objectAt(s, at + 1 + (s.word(at + 1).equals("'") ? 1 : 0), s.size());
        if (m == null || m.actor == null || m.kind == Mention.Kind.PRONOUN || m.actor == source) {
            return null;
        }
        int after = pastBareComplement(s, skipComplements(s, m.last + 1));
        boolean clause = syntax.is(s, after, Grammar.SUBORDINATOR);
        int noun = openingQuote(s, after) ? after + 1 : after; // "attendre de Bogotá « une coopération totale »": what is asked is quoted
        boolean thing = syntax.is(s, noun, Grammar.ARTICLE) || syntax.is(s, noun, Grammar.DETERMINER) && !syntax.is(s, noun, Grammar.OF_UNELIDED);
        return clause || thing ? m : null;
    }

    private int skipArticle(Sentence s, int j) {
        if (syntax.is(s, j, Grammar.DEFINITE)) {
            return j + 1;
        }
        if (syntax.is(s, j, Grammar.DEFINITE_ELIDED) && s.word(j + 1).equals("'")) {
            return j + 2;
        }
        return j;
    }

    /**
     * Past a complement without article after the one asked, when a noun phrase or a clause follows:
     * "exiger des autorités de transition un chronogramme".
     */
    private int pastBareComplement(Sentence s, int at) {
        int n = Math.min(at + 1, s.size() - 1);
        boolean bare = syntax.is(s, at, Grammar.OF_BARE) && s.token(n).isWord() && !s.token(n).capitalised()
                && !looksInfinitive(s, n) && !syntax.is(s, n, Grammar.ARTICLE) && !syntax.is(s, n, Grammar.DETERMINER) && s.mentionAt(n) == null;
        return bare && (syntax.is(s, at + 2, Grammar.ARTICLE) || syntax.is(s, at + 2, Grammar.DETERMINER) || syntax.is(s, at + 2, Grammar.SUBORDINATOR)) ? at + 2 : at;
    }

    /** Skips the complements of a target: "au Conseil de sécurité de l'ONU". */
    private int skipComplements(Sentence s, int j) {
        for (int guard = 0; guard < 4; guard++) {
            Mention named = s.mentionAt(j);
            if (named != null && named.link != null && named.link.actor == named.actor) {
                j = named.last + 1; // the name after its title
                continue;
            }
            if (s.word(j).equals("(")) {
                int k = j;
                while (k < s.size() && !s.word(k).equals(")") && k < j + 8) {
                    k++;
                }
                if (s.word(k).equals(")")) {
                    j = k + 1;
                    continue;
                }
            }
            if (syntax.is(s, j, Grammar.DE_FORM)) {
                int k = j + 1;
                if (s.word(k).equals("'")) {
                    k++;
                }
                Mention m = s.mentionAt(skipArticle(s, k));
                if (m != null && m.kind != Mention.Kind.PRONOUN) {
                    j = m.last + 1;
                    continue;
                }
            }
            break;
        }
        return j;
    }

    /** The last token of what is demanded, starting at {@code from}. */
    private int contentEnd(Sentence s, int from, Sentence.Cue c) {
        int quote = s.quoteOf[c.first];
        int last = from - 1;
        for (int k = from; k < s.size(); k++) {
            String w = s.word(k);
            if (quote >= 0 && s.quoteOf[k] != quote) {
                break;
            }
            if (quote < 0 && s.inQuote(k) && k > 0 && !s.inQuote(k - 1) && (s.word(k - 2).equals(",") || s.word(k - 2).equals(":"))) {
                break;
            }
            if (w.equals(";") || w.equals(":") || w.equals("[") || w.equals("!") || w.equals("?") || w.equals("\u2013")) {
                break;
            }
            if (w.equals(".") && k == s.size() - 1) {
                break;
            }
            if (w.equals(",")) {
                int n = k + 1;
                if (syntax.is(s, n, Grammar.CLAUSE_BREAK) || syntax.is(s, n, Grammar.AUXILIARY) || syntax.is(s, n, Grammar.PRONOUN_SINGULAR)
                        || syntax.is(s, n, Grammar.PRONOUN_PLURAL) || syntax.is(s, n, Grammar.PRONOUN_IMPERSONAL) || s.inQuote(n) && quote < 0
                        || (s.cueAt(n) != null && s.cueAt(n).isVerb())
                        || syntax.is(s, n, Grammar.PREPOSITION) && !syntax.is(s, n, Grammar.ARTICLE) && !syntax.is(s, n, Grammar.TO_BARE)
                        || syntax.is(s, n, Grammar.FRAMING_PREPOSITION)
                        || syntax.is(s, n, Grammar.CLAUSE_COORDINATOR) && !syntax.is(s, n, Grammar.AND)) { // ", puis il a reçu …"
                    if (!closesSubjectApposition(s, from, k)) {
                        break;
                    }
                }
            }
            if (syntax.is(s, k, Grammar.HARD_BREAK) && k > from
                    || syntax.is(s, k, Grammar.CONTRAST_CONJUNCTION) && syntax.is(s, k + 1, Grammar.SUBORDINATOR) && k > from) {
                break; // "une hausse de 4 % alors que la direction propose …": what follows is no part of the demand
            }
            if (w.equals(",") && syntax.is(s, k + 1, Grammar.AND) && syntax.is(s, k + 2, Grammar.NEUTER_PRONOUN) && k > from) {
                break; // "faire plus avec moins, et ça, les profs n'en peuvent plus": a comment on it, not more of it
            }
            if (syntax.is(s, k, Grammar.AND) && k > from && s.cueAt(k + 1) != null && s.cueAt(k + 1).isVerb()) {
                break; // "réclament la gratuité et indiquent"
            }
            if (syntax.is(s, k, Grammar.COORDINATOR) && k > from && k + 1 < s.size() && auxiliaryAt(s, k + 1)) {
                break; // "exige la libération de X et a décidé de …": a clause of its own
            }
            // "somme la direction de « … » et l'invite à …", "et lui a enjoint de …", "et l'a exhortée à …": a clause with its
            // own verb after its clitic
            int afterClitic = k + 2 < s.size() && s.word(k + 2).equals("'") ? k + 3 : k + 2;
            boolean clitic = k > from && afterClitic < s.size() && !s.inQuote(k + 1)
                    && (syntax.is(s, k + 1, Grammar.OBJECT_CLITIC) || syntax.is(s, k + 1, Grammar.DATIVE_CLITIC));
            if (clitic && (syntax.is(s, k, Grammar.AND) && s.cueAt(afterClitic) != null && s.cueAt(afterClitic).isVerb()
                    || syntax.is(s, k, Grammar.COORDINATOR) && auxiliaryAt(s, afterClitic))) {
                break;
            }
            if (w.equals("\u00bb") || w.equals("\u201d")) {
                last = k;
                continue;
            }
            last = k;
        }
        // ", « quel que soit leur camp »": a quotation that opens after the content is no part of it
        while (last >= from && (s.word(last).equals(",") || s.word(last).equals(".") || openingQuote(s, last))) {
            last--;
        }
        return last;
    }

    /**
     * Whether a clause's subject is followed by "être" ("que les détenus soient libérés", "que le scrutin soit libre"),
     * past an incise: what is asked is done to it or said of it, it is not the one asked.
     */
    private boolean passiveSubject(Sentence s, Mention subject) {
        return syntax.is(s, pastIncise(s, skipComplements(s, subject.last + 1)), Grammar.BE_AUXILIARY);
    }

    /** Whether the verb's subject is the impersonal "on" and its object the speaker: "on nous demande", "on m'a demandé". */
    private boolean askedOfSpeakerByAnyone(Sentence s, Sentence.Cue c) {
        int k = c.first - 1;
        if (k > 0 && syntax.is(s, k, Grammar.AUXILIARY)) {
            k--;
        }
        if (k > 0 && s.word(k).equals("'")) {
            k--;
        }
        return k > 0 && syntax.is(s, k, Grammar.FIRST_PERSON) && syntax.is(s, k, Grammar.CLITIC) && syntax.is(s, k - 1, Grammar.PRONOUN_IMPERSONAL);
    }

    /** Whether the token at k is the auxiliary "a"/"ont" outside a quotation, not the preposition "à" (folded alike). */
    boolean auxiliaryAt(Sentence s, int k) {
        return syntax.is(s, k, Grammar.AUXILIARY) && input.charAt(s.token(k).start()) != '\u00e0' && !s.inQuote(k);
    }

    /**
     * Whether the comma at {@code comma} closes a name or title in apposition to the actor that opens the content at
     * {@code from}: "que la ministre du Travail, Catherine Vautrin, reçoive …" (the verb after it is the clause's own).
     */
    private boolean closesSubjectApposition(Sentence s, int from, int comma) {
        Mention subject = syntax.objectAt(s, from, comma);
        if (subject == null || subject.actor == null) {
            return false;
        }
        int open = skipComplements(s, subject.last + 1);
        if (open >= comma || !s.word(open).equals(",")) {
            return false;
        }
        Mention apposed = s.mentionAt(skipArticle(s, open + 1));
        return apposed != null && apposed.actor == subject.actor && skipComplements(s, apposed.last + 1) == comma;
    }

    /** Cuts coordinated demands: "de A et de B"; "la fin de X, le rejet de Y et le retrait de Z". */
    private List<int[]> split(Sentence s, int from, int end, boolean infinitive) {
        List<int[]> parts = new ArrayList<>();
        int start = from;
        int depth = 0;
        boolean afterA = !infinitive && from > 0 && lexicon.is(s.tokens, from - 1, Grammar.TO_PREPOSITION);
        for (int k = from; k <= end; k++) {
            String w = s.word(k);
            if (w.equals("(")) {
                depth++;
            } else if (w.equals(")")) {
                depth--;
            }
            if (depth > 0 || k == from || !(w.equals(",") || syntax.is(s, k, Grammar.AND))) {
                continue;
            }
            int n = k + 1;
            if (w.equals(",") && syntax.is(s, n, Grammar.AND)) {
                n++;
            }
            boolean cut;
            int next;
            if (infinitive) {
                boolean quoted = syntax.is(s, n, Grammar.OF_BARE) && n + 2 < s.size() && openingQuote(s, n + 1) && s.inQuote(n + 2);
                int v = n + (s.word(n + 1).equals("'") || quoted ? 2 : 1); // "et de « cesser de financer … »": the second act quoted
                // "de A et de B" cuts before another infinitive, not inside a complement ("les livraisons d'armes et de munitions")
                cut = syntax.is(s, n, Grammar.OF_BARE) && !s.token(v).capitalised() && !syntax.is(s, v, Grammar.ARTICLE)
                        && (looksInfinitive(s, v) || syntax.is(s, v, Grammar.CLITIC) || syntax.is(s, v, Grammar.NEGATION_CLITIC))
                        || syntax.is(s, n, Grammar.TO_BARE) && looksInfinitive(s, n + 1); // "à être reçue et à devenir"
                next = quoted ? v : n + (s.word(n + 1).equals("'") ? 2 : 1);
                if (!cut && bareActs(s, start, k, n)) {
                    cut = true; // "doit appliquer le plan et libérer les détenus": each act with its own object
                    next = n;
                }
            } else if (afterA && syntax.is(s, k, Grammar.AND) && (syntax.is(s, n, Grammar.TO_THE) || syntax.is(s, n, Grammar.TO_BARE) && syntax.is(s, n + 1, Grammar.ARTICLE))) {
                // "appeler à un cessez-le-feu et au retour des négociations": the "à" repeated before each thing asked
                int after = n + 1 + (syntax.is(s, n + 1, Grammar.DEFINITE_ELIDED) && s.word(n + 2).equals("'") ? 2 : syntax.is(s, n, Grammar.TO_BARE) ? 1 : 0);
                cut = after < s.size() && !s.token(after).capitalised() && s.token(after).isWord() && s.mentionAt(after) == null;
                next = n + 1;
            } else {
                int after = n + (s.word(n + 1).equals("'") ? 2 : 1);
                cut = syntax.is(s, n, Grammar.CONJUNCT_ARTICLE) && after < s.size() && !s.token(after).capitalised() && s.token(after).isWord()
                        && s.mentionAt(after) == null && (!w.equals(",") || n > k + 1 || andFollows(s, n, end))
                        || syntax.is(s, k, Grammar.AND) && quantity(s, start) && quantity(s, n) // "quatre ans de prison et 150 000 euros d'amende": two penalties
                        || syntax.is(s, k, Grammar.AND) && indefiniteList(s, start, k, n) // "une enquête conjointe et des excuses officielles"
                        || syntax.is(s, k, Grammar.AND) && owedAfterAct(s, start, n); // "la condamnation des fuites et des garanties pour …"
                next = n;
            }
            if (!cut && syntax.is(s, k, Grammar.AND) && syntax.is(s, n, Grammar.FRAMING_PREPOSITION) && looksInfinitive(s, n + 1) && repeated(s, start, k, n)) {
                cut = true; // "des mesures pour stopper X et pour redéfinir Y": each purpose is a demand
                next = n;
            }
            if (cut && next <= end) {
                parts.add(new int[] {start, trimEnd(s, start, k - 1)});
                start = next;
                k = next - 1;
            }
        }
        parts.add(new int[] {start, trimEnd(s, start, end)});
        return parts;
    }

    /**
     * Whether "et" at {@code and} joins two bare infinitives that each take their own words: the part from {@code start}
     * opens with an infinitive and has more than the verb, and one follows "et" at {@code n}, alone or after an object
     * pronoun ("cesser de nous envoyer des sacs et nous donner une terre"). "protéger et soutenir les civils" shares one object.
     */
    private boolean bareActs(Sentence s, int start, int and, int n) {
        if (!syntax.is(s, and, Grammar.AND) || and - start < 2 || !looksInfinitive(s, start) || syntax.is(s, and - 1, Grammar.PREPOSITION)) {
            return false;
        }
        int verb = syntax.is(s, n, Grammar.CLITIC) && !syntax.is(s, n, Grammar.ARTICLE) && !syntax.is(s, n, Grammar.NEGATION_CLITIC) ? n + 1 : n;
        return looksInfinitive(s, verb) && !syntax.is(s, verb, Grammar.AND) && verb + 1 < s.size() && s.token(verb + 1).isWord(); // "pétrolière et gazière." ends
    }

    /**
     * Whether "et des" at {@code n} opens a second thing asked after one opened by an indefinite determiner at
     * {@code start} with no complement of its own ("une enquête conjointe et des excuses officielles"); after "de" the
     * "des" would go on a complement ("une enquête sur la mort des manifestants et des blessés").
     */
    private boolean indefiniteList(Sentence s, int start, int and, int n) {
        if (!syntax.is(s, start, Grammar.INDEFINITE_DETERMINER) || !syntax.is(s, n, Grammar.INDEFINITE_DETERMINER)
                || n + 1 >= s.size() || !s.token(n + 1).isWord() || s.token(n + 1).capitalised() || s.mentionAt(n + 1) != null) {
            return false;
        }
        for (int k = start + 1; k < and; k++) {
            if (compoundOf(s, k)) {
                k++; // "des primes de risque et des équipements de protection": "de risque" names a kind, no complement
                continue;
            }
            if (!s.token(k).isWord() || syntax.is(s, k, Grammar.DE_FORM) || syntax.is(s, k, Grammar.PREPOSITION)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether "et des" at {@code n} opens a thing owed to the one who asks ({@code ACCOUNT_NOUN}: garanties, excuses,
     * compensations) after an act named with its definite article: "la condamnation des fuites de données et des
     * garanties pour le personnel", "la libération des prisonniers et des compensations". No one condemns guarantees or
     * frees excuses, so the "des" opens a second thing asked, not a second complement of the act
     * ("la libération des prisonniers et des journalistes" stays one).
     */
    private boolean owedAfterAct(Sentence s, int start, int n) {
        int head = start + (s.word(start + 1).equals("'") ? 2 : 1);
        return syntax.is(s, start, Grammar.DEFINITE) && actAsked(s, head)
                && syntax.is(s, n, Grammar.INDEFINITE_DETERMINER) && syntax.is(s, n + 1, Grammar.ACCOUNT_NOUN);
    }

    /** Whether a bare "de" at {@code k} joins a bare lower-case noun to the one before it ("primes de risque"): a compound. */
    private boolean compoundOf(Sentence s, int k) {
        return syntax.is(s, k, Grammar.OF_BARE) && !s.word(k + 1).equals("'") && k + 1 < s.size() && s.token(k + 1).isWord()
                && !s.token(k + 1).capitalised() && !syntax.is(s, k + 1, Grammar.ARTICLE) && !syntax.is(s, k + 1, Grammar.DETERMINER)
                && !syntax.is(s, k + 1, Grammar.POSSESSIVE) && s.mentionAt(k + 1) == null; // "-re" nouns ("de salaire") look like infinitives
    }

    /**
     * Whether a coordinating "et"/"ou" follows in {@code from..end}: a list of things asked ends with one ("la fin de X, le
     * rejet de Y et le retrait de Z"), while ", un insecticide soupçonné de …" after a name is an apposition.
     */
    private boolean andFollows(Sentence s, int from, int end) {
        for (int k = from; k <= end; k++) {
            if (syntax.is(s, k, Grammar.AND)) {
                return true;
            }
        }
        return false;
    }

    /** The clauses of a demand cut at each "et que": "exige que l'accord contienne X et que les importations soient interdites" asks two things. */
    private List<int[]> clauses(Sentence s, int from, int end) {
        List<int[]> parts = new ArrayList<>();
        int start = from;
        for (int k = from + 1; k < end; k++) {
            if (syntax.is(s, k, Grammar.AND) && syntax.is(s, k + 1, Grammar.SUBORDINATOR) && s.inQuote(k) == s.inQuote(from)) {
                int next = k + 2 + (s.word(k + 2).equals("'") ? 1 : 0);
                if (next <= end) {
                    parts.add(new int[] {start, trimEnd(s, start, k - 1)});
                    start = next;
                    k = next - 1;
                }
            }
        }
        parts.add(new int[] {start, end});
        return parts;
    }

    /** Whether the word at {@code word} already stands, before an infinitive, between {@code from} and {@code to}. */
    private boolean repeated(Sentence s, int from, int to, int word) {
        for (int k = from; k < to; k++) {
            if (s.word(k).equals(s.word(word)) && looksInfinitive(s, k + 1)) {
                return true;
            }
        }
        return false;
    }

    private int trimEnd(Sentence s, int from, int last) {
        while (last > from && (s.word(last).equals(",") || syntax.is(s, last, Grammar.AND))) {
            last--;
        }
        return last;
    }

    /**
     * "Les États-Unis et la France ont appelé à la libération de …": each actor coordinated with the subject asks what
     * the demands made from index {@code from} on by {@code source} ask, one demand each, with the same evidence.
     */
    void sharedBy(Sentence s, int from, Draft.Actor source, List<Draft.Actor> others) {
        boolean summary = s.kind == org.diplotext.model.SegmentKind.HEADLINE || s.kind == org.diplotext.model.SegmentKind.KICKER;
        if (source == null || others.isEmpty() || summary) {
            return; // "Moscou et Séoul pressent Pyongyang de …": a headline joins acts the dispatch tells one by one
        }
        int end = demands.size();
        for (int k = from; k < end; k++) {
            Draft.Demand d = demands.get(k);
            if (d.source != source) {
                continue;
            }
            for (Draft.Actor other : others) {
                if (other != d.target) {
                    add(s, other, d.target, d.content, d.direct, d.date, d.evidence.get(d.evidence.size() - 1));
                }
            }
        }
    }

    private void add(Sentence s, Draft.Actor source, Draft.Actor target, String content, boolean direct, LocalDate date, Span evidence) {
        if (source != null && source == target) {
            source = null; // "Le texte … appelle Téhéran à fournir …": nobody asks themselves; who asks is not named
        }
        String head = head(content);
        for (int k = Math.max(0, demands.size() - 200); k < demands.size(); k++) {
            Draft.Demand d = demands.get(k);
            if (d.sentence == s.index && d.direct == direct) {
                if (d.source == source && (d.target == target || d.target == null || target == null) && d.content.equals(content)) {
                    if (!d.evidence.contains(evidence)) {
                        d.evidence.add(evidence); // two cues of one sentence for one demand ("a lancé jeudi un ultimatum …, lui donnant …")
                    }
                    if (d.target == null) {
                        d.target = target; // one cue named the one asked, the other did not ("… à la junte, lui donnant …")
                    }
                    return;
                }
                continue; // coordinated demands of one sentence stay apart; a quotation may repeat the lead's words
            }
            // "L'Ukraine demande au CIO d'exclure …", then "Le président ukrainien a demandé au CIO d'exclure …": one demand
            boolean sameSource = d.source == source || d.source == null || source == null || represents(source, d.source) || represents(d.source, source);
            boolean sameTarget = d.target == target || d.target == null || target == null || represents(d.target, target) || represents(target, d.target);
            if (sameSource && sameTarget && d.head.equals(head) && !head.isEmpty()) {
                d.evidence.add(evidence);
                if (content.length() > d.content.length()) {
                    d.content = content; // a headline's short wording, then the lead's full one: the fuller says what is asked
                }
                if (d.source == null) {
                    d.source = source;
                }
                if (d.target == null || represents(d.target, target)) {
                    d.target = target; // asked of a state's minister, then of the state: the state is asked
                }
                if (direct && !d.direct) {
                    d.direct = true;
                }
                boolean summary = s.kind == org.diplotext.model.SegmentKind.HEADLINE || s.kind == org.diplotext.model.SegmentKind.KICKER;
                if (d.date == null || d.summary && !summary && date != null) {
                    d.date = date; // "Greenpeace exige …" over "Greenpeace a réclamé mardi …": asked on Tuesday
                }
                d.summary &= summary;
                return;
            }
        }
        Draft.Demand d = new Draft.Demand(source, target, content, direct);
        d.head = head;
        d.date = date;
        d.summary = s.kind == org.diplotext.model.SegmentKind.HEADLINE || s.kind == org.diplotext.model.SegmentKind.KICKER;
        d.evidence.add(evidence);
        d.sentence = s.index;
        demands.add(d);
    }

    /**
     * Gives a demand reported without its addressee the one that a quoted demand of the same side names in the very next
     * sentence: "Londres a exigé des excuses officielles. « Téhéran doit rendre compte … », a déclaré le porte-parole du
     * Foreign Office", "Elle a réitéré sa demande d'une compensation fédérale. « Ottawa doit … »": the quotation goes on
     * asking the one the report left unsaid. Only a quoted act ("X doit" and an infinitive), not a clause ("Il fallait que
     * X …"); a quoted demand, or one told only in the headline, keeps its own reading.
     */
    void addresseesFromQuotes() {
        for (int k = 0; k < demands.size(); k++) {
            Draft.Demand d = demands.get(k);
            if (d.target != null || d.direct || d.summary || d.source == null) {
                continue;
            }
            for (int n = k + 1; n < demands.size() && demands.get(n).sentence <= d.sentence + 1; n++) {
                Draft.Demand q = demands.get(n);
                if (q.direct && q.sentence == d.sentence + 1 && q.target != null && q.source != null && !same(q.target, d.source) && same(q.source, d.source)
                        && lexicon.endsWithAny(NON_WORD.split(Folding.fold(q.content).strip(), 2)[0], "INFINITIVE_ENDING")) { // "X doit rendre compte": not "Il fallait que X …"
                    d.target = q.target;
                    break;
                }
            }
        }
    }

    /**
     * Folds into the body's demand a headline's that it tells again in other words ("Le président fait appel à la Cédéao
     * pour reconquérir le Nord", then "Le président malien a fait appel mercredi à la Cédéao pour aider l'armée à …"): the
     * headline sums up the lead, so one demand, the body's, with the headline's words as evidence too. Only when both name
     * the one who asks and the one asked, and each body demand takes at most one headline's.
     */
    void mergeRetold() {
        Set<Draft.Demand> taken = new HashSet<>();
        for (Iterator<Draft.Demand> it = demands.iterator(); it.hasNext();) {
            Draft.Demand h = it.next();
            if (!h.summary || h.source == null || h.target == null) {
                continue;
            }
            Draft.Demand retold = null;
            for (Draft.Demand c : demands) {
                if (!c.summary && c.source != null && c.target != null && !taken.contains(c) && same(h.source, c.source) && same(h.target, c.target)) {
                    retold = c;
                    break;
                }
            }
            if (retold != null) {
                retold.evidence.addAll(0, h.evidence);
                taken.add(retold);
                it.remove();
            }
        }
    }

    /** Whether two actors of a headline and a body stand for one party: the same, or one a member or body of the other. */
    private static boolean same(Draft.Actor a, Draft.Actor b) {
        return a == b || represents(a, b) || represents(b, a) || a.affiliationActor == b || b.affiliationActor == a
                || a.key.equals(b.affiliation) || b.key.equals(a.affiliation);
    }

    /**
     * Whether {@code member} speaks for {@code whole}: a person of the state ("Lavrov" and "la Russie" asked the
     * same thing), or a body of the state or organisation it belongs to ("le DFAE" and "la Suisse", "la Commission
     * européenne" and "l'UE": a headline names the whole, the lead its body).
     */
    private static boolean represents(Draft.Actor member, Draft.Actor whole) {
        if (member == null || whole == null) {
            return false;
        }
        if (member.type == org.diplotext.model.ActorType.ORGANISATION && whole.key.equals(member.affiliation)) {
            return true;
        }
        return member.type == org.diplotext.model.ActorType.PERSON
                && whole.type == org.diplotext.model.ActorType.STATE && member.country != null && member.country.equals(whole.country);
    }

    /** The first meaningful word of a demand, light verbs aside: "procéder à une désescalade" gives "desesc". */
    private String head(String content) {
        for (String w : NON_WORD.split(Folding.fold(content))) {
            if (w.length() >= 4 && !lexicon.is(w, Grammar.LIGHT_VERB) && !lexicon.is(w, Grammar.DETERMINER) && !lexicon.is(w, Grammar.PREPOSITION)
                    && !lexicon.is(w, Grammar.ADVERB) && !lexicon.is(w, Grammar.PRONOUN_SINGULAR) && !lexicon.is(w, Grammar.PRONOUN_PLURAL)) {
                return w.length() > 6 ? w.substring(0, 6) : w;
            }
        }
        return "";
    }

    private static boolean similar(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return !common.isEmpty() && common.size() * 3 >= union.size();
    }

    private Set<String> stems(String content) {
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(Folding.fold(content))) {
            if (w.length() >= 4 && !lexicon.is(w, Grammar.ADVERB) && !lexicon.is(w, Grammar.DETERMINER) && !lexicon.is(w, Grammar.PREPOSITION)
                    && !lexicon.is(w, Grammar.STOP_WORD)) {
                out.add(w.length() > 6 ? w.substring(0, 6) : w);
            }
        }
        return out;
    }
}
