
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Actor": [
      "Group",
      "Organization",
      "Person",
      "Place"
    ],
    "AnnotationSubject": [
      "Claim",
      "Event",
      "EventRelation",
      "ExpertOpinion",
      "Mention",
      "Quote",
      "Role"
    ],
    "Node": [
      "Article",
      "Claim",
      "Event",
      "EventRelation",
      "ExpertOpinion",
      "Group",
      "Mention",
      "Organization",
      "Paragraph",
      "Person",
      "Place",
      "Quote",
      "Role",
      "Section"
    ],
    "SearchSubject": [
      "Claim",
      "Event",
      "ExpertOpinion",
      "Group",
      "Organization",
      "Paragraph",
      "Person",
      "Place",
      "Quote"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Actor": [
      "Group",
      "Organization",
      "Person",
      "Place"
    ],
    "AnnotationSubject": [
      "Claim",
      "Event",
      "EventRelation",
      "ExpertOpinion",
      "Mention",
      "Quote",
      "Role"
    ],
    "Node": [
      "Article",
      "Claim",
      "Event",
      "EventRelation",
      "ExpertOpinion",
      "Group",
      "Mention",
      "Organization",
      "Paragraph",
      "Person",
      "Place",
      "Quote",
      "Role",
      "Section"
    ],
    "SearchSubject": [
      "Claim",
      "Event",
      "ExpertOpinion",
      "Group",
      "Organization",
      "Paragraph",
      "Person",
      "Place",
      "Quote"
    ]
  }
};
      export default result;
    