# A company typed only ag:Company, without ag:Organisation and ag:Actor.
PREFIX ag: <https://w3id.org/actorgraph/ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { GRAPH ?g { ?o a ag:Organisation } }
WHERE { GRAPH ?g { ?o a ag:Company , ag:Organisation } }
