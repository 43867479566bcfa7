# A position that says who is in office nowhere.
PREFIX ag: <https://w3id.org/actorgraph/ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { GRAPH ?g { ?fact ag:holder ?h } }
WHERE { GRAPH ?g { ?fact a ag:Position ; ag:holder ?h } }
