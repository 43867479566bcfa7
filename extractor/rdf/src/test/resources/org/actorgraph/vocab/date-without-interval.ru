# A dated agreement whose view lost its ag:startDate: a date of any precision carries the
# interval it covers as xsd:date values, so that filters on dates find every precision.
PREFIX ag: <https://w3id.org/actorgraph/ns#>
DELETE { GRAPH ?g { ?view ag:startDate ?d } }
WHERE { GRAPH ?g { ?a a ag:Agreement . ?view ag:viewOf ?a ; ag:startDate ?d } }
