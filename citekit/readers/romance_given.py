"""Given names of French, Italian, Spanish and Portuguese writers: in 'Michel de Montaigne' the word before 'de'
is a given name; in 'Fustel de Coulanges', 'Girod de l’Ain', 'Tuñón de Lara' it opens a compound surname."""

ROMANCE_GIVEN = frozenset("""
adolphe adrien agostino agustín alain albert alberto alessandro alexandre alexis alfonso alfred alfredo alphonse
amédée anatole andré andrea andrés angelo ángel anne antoine antonio armand arnaud arturo auguste augusto
baldassare bartolomé bartolomeo benedetto benjamin benoît bernard bernardino bernardo bertrand blaise bruno camille
carlo carlos cesare césar charles christian christophe claude clément constant cristóbal daniel david denis diego
dino dominique domingo domenico duarte édouard edmond eduardo élie émile emilio emmanuel enrico enrique ercole ernest
ernesto étienne eugène eugenio fabio federico félix felipe ferdinand ferdinando fernand fernando filippo flaminio
francesco francisco françois frédéric gabriel gabriele gaetano gaspard gaspar gaston georges gérard germain giacomo
gian giambattista gilbert gilles giorgio giovanni girolamo giulio giuseppe gonzalo gregorio guido guillaume gustave
gustavo guy henri hernando honoré hugues ignacio isidore jacques jaime jean jérôme joão joaquim joaquín jorge josé
joseph jules julien julio laurent léon léonce léopold lorenzo louis luc lucien luigi luis manuel marc marcel marco
mariano mario martín martin mathieu matteo maurice max michel michele miguel napoléon nicolas nicolò olivier
onorato paolo pascal paul paulo pedro philippe pier pierre pietro pompeo rafael raffaele ramón raoul raymond rené
ricardo riccardo robert roberto roger rodrigo romain salvador salvatore sebastián sébastien sergio simon stefano
stéphane teodoro théodore théophile thierry thomas tomás tommaso ugo urbain valentin vicente victor víctor vincent
vincenzo vittorio xavier yves
agnès alice anna anne antonia béatrice carmen catherine cécile charlotte claire élisabeth elena émilie françoise
geneviève giovanna giulia hélène isabel isabelle jacqueline jeanne joséphine julie laure louise lucie madeleine
margreta marguerite maria marie marta marthe mercedes michèle monique nicole pauline renée rosa simone sophie
suzanne teresa thérèse valérie yvonne
adriano aldo arnaldo claudio corrado dario emanuele ettore fabrizio ferruccio franco gianfranco giancarlo gianni
giacinto gino giuliano guglielmo leonardo lino luciano lucio marcello massimo maurizio nicola piero renzo rosario
ruggero sandro silvio umberto alessandra antonella chiara elisa francesca franca laura lucia marina paola roberta
jean-claude jean-jacques jean-louis jean-marie jean-pierre brigitte christiane christine colette danielle huguette
martine michelle nathalie odile régine sylvie
afonso enric ferran gil jordi josep lluís nuno pere rui vasco consuelo francisca inés josefina juana manuela nuria
pilar alejandro ana armando beatriz concepción cristina dolores javier jesús josefa juan julián lucía maría
octavio pablo paloma raúl rubén santiago ángeles
""".split())
# titles and saints, read elsewhere ('Conde de Romanones' is one literal name)
_NOT_SURNAME = frozenset("""conde condesa duque duquesa marqués marquesa vizconde barón príncipe infante comte comtesse
duc duchesse marquis marquise vicomte baron baronne prince princesse conte contessa duca marchese principe don doña
dom dona san santa são saint sainte santo""".split())


# Dutch and Flemish given names: in 'Jan de Vries', 'Gerrit de Jong' the surname is 'de Vries', not 'Jan de Vries'
DUTCH_GIVEN = frozenset("""
abraham ad adriaan albert anton antoon arend arie arnold bart bas bastiaan bert bram carel cees cornelis daan
dirk evert floris frans frits geert gerard gerrit gert gijs govert harm hendrik henk herman huib jaap jacob jacobus
jan jeroen johan johannes joop joost joris jos jozef kees klaas koen lodewijk lieven maarten marinus martinus niek
nico piet pieter reinier rik roel ruud sander sjoerd teun theo thijs ton wiebe willem wim wouter
anneke annie els geertruida hendrika ineke jannie johanna lies marijke mieke nel riet truus wilhelmina willemijn
""".split())


def opens_compound_surname(word: str) -> bool:
    """'Fustel' of 'Fustel de Coulanges': a capitalized word that is no initial and no known given name."""
    return word[:1].isupper() and word[-1:] != "." and word[1:].islower() and word.lower() not in ROMANCE_GIVEN \
        and word.lower() not in _NOT_SURNAME and word.lower() not in DUTCH_GIVEN
