# CAMEO root categories run from 01 to 20.
PREFIX ag: <https://w3id.org/actorgraph/ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { GRAPH ?g { ?fact ag:cameo ?c } }
INSERT { GRAPH ?g { ?fact ag:cameo <https://w3id.org/actorgraph/cameo/21> } }
WHERE { GRAPH ?g { ?fact a ag:Interaction ; ag:cameo ?c } }
