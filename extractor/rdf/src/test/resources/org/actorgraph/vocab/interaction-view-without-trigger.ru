# An interaction whose article view has no ag:trigger.
PREFIX ag: <https://w3id.org/actorgraph/ns#>
DELETE { GRAPH ?g { ?view ag:trigger ?t } }
WHERE { GRAPH ?g { ?i a ag:Interaction . ?view ag:viewOf ?i ; ag:trigger ?t } }
