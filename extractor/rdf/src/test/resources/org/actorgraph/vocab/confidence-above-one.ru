# An article's view of an interaction with confidence 1.5: confidence is a probability in [0, 1].
PREFIX ag: <https://w3id.org/actorgraph/ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { GRAPH ?g { ?view ag:confidence ?c } }
INSERT { GRAPH ?g { ?view ag:confidence "1.5"^^xsd:double } }
WHERE { GRAPH ?g { ?fact a ag:Interaction . ?view ag:viewOf ?fact ; ag:confidence ?c } }
