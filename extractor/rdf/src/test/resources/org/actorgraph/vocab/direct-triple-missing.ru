# A membership whose materialised ag:memberOf triple was not written.
PREFIX ag: <https://w3id.org/actorgraph/ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { GRAPH ?g { ?m ag:memberOf ?o } }
WHERE { GRAPH ?g { ?fact a ag:Membership ; ag:member ?m ; ag:organisation ?o . ?m ag:memberOf ?o } }
