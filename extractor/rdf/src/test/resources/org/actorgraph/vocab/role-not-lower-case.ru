# ag:role must be lower case ("president", not "President").
PREFIX ag: <https://w3id.org/actorgraph/ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { GRAPH ?g { ?fact ag:role ?r } }
INSERT { GRAPH ?g { ?fact ag:role "President" } }
WHERE { GRAPH ?g { ?fact a ag:Position ; ag:role ?r } }
