# A non-binding memorandum is not a treaty.
PREFIX ag: <https://w3id.org/actorgraph/ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT { GRAPH ?g { ?a a ag:Treaty } }
WHERE { GRAPH ?g { ?a a ag:Memorandum } }
