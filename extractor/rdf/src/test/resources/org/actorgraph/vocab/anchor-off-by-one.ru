# A mention whose text does not match its offsets into the body.
PREFIX ag: <https://w3id.org/actorgraph/ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { GRAPH ?g { ?m ag:anchorOf ?t } }
INSERT { GRAPH ?g { ?m ag:anchorOf "aniel Noboa " } }
WHERE { GRAPH ?g { ?m a ag:Mention ; ag:anchorOf ?t . FILTER (?t = "Daniel Noboa") } }
