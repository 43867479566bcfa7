# A position without evidence: every assertion needs at least one ag:evidence mention.
PREFIX ag: <https://w3id.org/actorgraph/ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { GRAPH ?g { ?fact ag:evidence ?m } }
WHERE { GRAPH ?g { ?fact a ag:Position ; ag:evidence ?m } }
