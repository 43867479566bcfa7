# An interaction with confidence 1.5: confidence is a probability in [0, 1].
PREFIX ag: <https://w3id.org/actorgraph/ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { GRAPH ?g { ?fact ag:confidence ?c } }
INSERT { GRAPH ?g { ?fact ag:confidence "1.5"^^xsd:double } }
WHERE { GRAPH ?g { ?fact a ag:Interaction ; ag:confidence ?c } }
