// Words for the reused vocabularies (schema.org, RDFS, SKOS, DCTERMS, PROV-O, ORG, OWL, FOAF): the
// ontology labels its own terms (aas:) in English and French, and the pages read those from the data;
// the standard terms the data uses get their names here. Anything missing from both is named from its
// IRI, so a new class or property renders without a code change.
//
// `inverse` says a statement the other way round, from its object's page: "<France> launched <Current AI>".
import type { Lang } from '../html/index.ts';
import { PREFIXES } from '../rdf/index.ts';

export interface TermWords {
  label?: Record<Lang, string>;
  /** The plural, for the list of a class's instances. */
  plural?: Record<Lang, string>;
  /** The statement read from its object: "<object> launched <subject>". */
  inverse?: Record<Lang, string>;
}

const w = (en: string, fr: string): Record<Lang, string> => ({ en, fr });

const TERMS: Record<string, TermWords> = {
  // Classes
  'schema:Country': { label: w('country', 'pays'), plural: w('Countries', 'Pays') },
  'schema:Corporation': { label: w('company', 'entreprise'), plural: w('Companies', 'Entreprises') },
  'schema:Person': { label: w('person', 'personne'), plural: w('People', 'Personnes') },
  'schema:Event': { label: w('event', 'évènement'), plural: w('Events', 'Évènements') },
  'schema:Place': { label: w('place', 'lieu'), plural: w('Places', 'Lieux') },
  'schema:City': { label: w('city', 'ville'), plural: w('Cities', 'Villes') },
  'schema:CreativeWork': { label: w('document', 'document'), plural: w('Documents', 'Documents') },
  'schema:GovernmentOrganization': {
    label: w('government organisation', 'organisme public'),
    plural: w('Government organisations', 'Organismes publics'),
  },
  'schema:MonetaryAmount': { label: w('amount', 'montant'), plural: w('Amounts', 'Montants') },
  'org:Organization': { label: w('organisation', 'organisation'), plural: w('Organisations', 'Organisations') },
  'org:FormalOrganization': { label: w('formal organisation', 'organisation formelle') },
  'org:Site': { label: w('site', 'site'), plural: w('Sites', 'Sites') },
  'prov:Entity': {
    label: w('provenance entity', 'entité de provenance'),
    plural: w('Provenance entities', 'Entités de provenance'),
  },
  'skos:Concept': { label: w('concept', 'concept'), plural: w('Concepts', 'Concepts') },
  'skos:ConceptScheme': {
    label: w('concept scheme', 'schéma de concepts'),
    plural: w('Concept schemes', 'Schémas de concepts'),
  },
  'owl:Class': { label: w('class', 'classe'), plural: w('Classes', 'Classes') },
  'owl:ObjectProperty': {
    label: w('object property', 'propriété d’objet'),
    plural: w('Object properties', 'Propriétés d’objet'),
  },
  'owl:DatatypeProperty': {
    label: w('datatype property', 'propriété de valeur'),
    plural: w('Datatype properties', 'Propriétés de valeur'),
  },
  'owl:Ontology': { label: w('ontology', 'ontologie'), plural: w('Ontologies', 'Ontologies') },
  'aas:InternationalOrganization': { plural: w('International organisations', 'Organisations internationales') },
  'aas:SupranationalBody': { plural: w('Supranational bodies', 'Organisations supranationales') },
  'aas:Initiative': { plural: w('Initiatives', 'Initiatives') },
  'aas:InvestmentAnnouncement': { plural: w('Investments', 'Investissements') },
  'aas:Figure': { plural: w('Figures', 'Chiffres') },
  'aas:SourceGraph': { plural: w('Sources', 'Sources') },
  'aas:Signature': { plural: w('Signatures', 'Signatures') },
  'aas:Declaration': { plural: w('Declarations', 'Déclarations') },

  // Properties of the reused vocabularies
  'rdf:type': { label: w('kind', 'type') },
  'rdfs:label': { label: w('name', 'nom') },
  'rdfs:comment': { label: w('comment', 'commentaire') },
  'rdfs:domain': { label: w('domain', 'domaine'), inverse: w('is the domain of', 'est le domaine de') },
  'rdfs:range': { label: w('range', 'co-domaine'), inverse: w('is the range of', 'est le co-domaine de') },
  'rdfs:subClassOf': {
    label: w('subclass of', 'sous-classe de'),
    inverse: w('has the subclass', 'a pour sous-classe'),
  },
  'rdfs:subPropertyOf': {
    label: w('subproperty of', 'sous-propriété de'),
    inverse: w('has the subproperty', 'a pour sous-propriété'),
  },
  'rdfs:seeAlso': { label: w('see also', 'voir aussi'), inverse: w('is referred to by', 'est cité en référence par') },
  'owl:sameAs': { label: w('same as', 'identique à') },
  'owl:versionIRI': {
    label: w('version IRI', 'IRI de version'),
    inverse: w('is the version IRI of', 'est l’IRI de version de'),
  },
  'owl:versionInfo': { label: w('version', 'version') },
  'skos:prefLabel': { label: w('preferred name', 'nom préféré') },
  'skos:altLabel': { label: w('other name', 'autre nom') },
  'skos:hiddenLabel': { label: w('spelling in the source', 'graphie de la source') },
  'skos:definition': { label: w('definition', 'définition') },
  'skos:inScheme': {
    label: w('in scheme', 'dans le schéma'),
    inverse: w('contains the concept', 'contient le concept'),
  },
  'skos:hasTopConcept': {
    label: w('top concept', 'concept de tête'),
    inverse: w('is a top concept of', 'est un concept de tête de'),
  },
  'skos:topConceptOf': {
    label: w('top concept of', 'concept de tête de'),
    inverse: w('has the top concept', 'a pour concept de tête'),
  },
  'dcterms:title': { label: w('title', 'titre') },
  'dcterms:description': { label: w('description', 'description') },
  'dcterms:date': { label: w('date', 'date') },
  'dcterms:created': { label: w('created', 'créé le') },
  'dcterms:creator': { label: w('creator', 'auteur') },
  'dcterms:language': { label: w('language', 'langue') },
  'dcterms:license': { label: w('licence', 'licence') },
  'dcterms:publisher': { label: w('publisher', 'éditeur'), inverse: w('published', 'a publié') },
  'dcterms:source': { label: w('source file', 'fichier source') },
  'dcterms:subject': { label: w('subject', 'sujet'), inverse: w('is the subject of', 'est le sujet de') },
  'dcterms:temporal': { label: w('period', 'période') },
  'dcterms:type': { label: w('kind', 'nature'), inverse: w('is the kind of', 'est la nature de') },
  'dcterms:references': { label: w('references', 'fait référence à'), inverse: w('is referenced by', 'est cité par') },
  'dcterms:hasVersion': {
    label: w('has version', 'a pour version'),
    inverse: w('is a version of', 'est une version de'),
  },
  'dcterms:isVersionOf': { label: w('version of', 'version de'), inverse: w('has the version', 'a pour version') },
  'dcterms:isPartOf': { label: w('part of', 'partie de'), inverse: w('includes', 'comprend') },
  'prov:wasAttributedTo': { label: w('attributed to', 'attribué à'), inverse: w('is credited with', 'est crédité de') },
  'prov:wasDerivedFrom': { label: w('derived from', 'dérivé de'), inverse: w('is a source of', 'est une source de') },
  'prov:alternateOf': {
    label: w('another account of', 'autre version de'),
    inverse: w('has another account in', 'a une autre version dans'),
  },
  'foaf:primaryTopic': {
    label: w('primary topic', 'sujet principal'),
    inverse: w('is the primary topic of', 'est le sujet principal de'),
  },
  'org:hasSite': { label: w('site', 'site'), inverse: w('is a site of', 'est un site de') },
  'schema:name': { label: w('name', 'nom') },
  'schema:description': { label: w('description', 'description') },
  'schema:startDate': { label: w('start', 'début') },
  'schema:endDate': { label: w('end', 'fin') },
  'schema:location': { label: w('location', 'lieu'), inverse: w('is the location of', 'est le lieu de') },
  'schema:locationCreated': {
    label: w('place of creation', 'lieu de création'),
    inverse: w('is where these were created:', 'est le lieu de création de'),
  },
  'schema:containedInPlace': { label: w('in', 'situé dans'), inverse: w('contains', 'contient') },
  'schema:organizer': { label: w('organiser', 'organisateur'), inverse: w('organised', 'a organisé') },
  'schema:attendee': { label: w('attendee', 'participant'), inverse: w('attended', 'a participé à') },
  'schema:superEvent': {
    label: w('part of the event', 'dans le cadre de'),
    inverse: w('includes the event', 'comprend l’évènement'),
  },
  'schema:member': { label: w('member', 'membre'), inverse: w('is a member of', 'est membre de') },
  'schema:parentOrganization': {
    label: w('parent organisation', 'organisation mère'),
    inverse: w('is the parent organisation of', 'est l’organisation mère de'),
  },
  'schema:worksFor': { label: w('works for', 'travaille pour'), inverse: w('employs', 'emploie') },
  'schema:jobTitle': { label: w('position', 'fonction') },
  'schema:author': { label: w('author', 'auteur'), inverse: w('is the author of', 'est l’auteur de') },
  'schema:about': { label: w('about', 'sujet'), inverse: w('is the subject of', 'est le sujet de') },
  'schema:isBasedOn': { label: w('based on', 'fondé sur'), inverse: w('is the basis of', 'est le fondement de') },
  'schema:workPresented': {
    label: w('work presented', 'travaux présentés'),
    inverse: w('was presented at', 'a été présenté lors de'),
  },
  'schema:amount': { label: w('amount', 'montant'), inverse: w('is the amount of', 'est le montant de') },
  'schema:value': { label: w('value', 'valeur') },
  'schema:currency': { label: w('currency', 'devise') },
  'schema:unitText': { label: w('unit', 'unité') },
  'schema:url': { label: w('web page', 'page web') },
  'schema:email': { label: w('email', 'courriel') },
  'schema:telephone': { label: w('telephone', 'téléphone') },
  'schema:award': { label: w('award', 'distinction') },
  'schema:audience': { label: w('audience', 'public') },

  'aas:signatory': { plural: w('signatories', 'signataires') },
  // How the ontology's own properties read from their object's page (their labels are in the ontology)
  'aas:launchedBy': { inverse: w('launched', 'a lancé') },
  'aas:foundingMember': { inverse: w('is a founding member of', 'est membre fondateur de') },
  'aas:hasSignatory': { inverse: w('signed', 'a signé') },
  'aas:notSignedBy': { inverse: w('did not sign', 'n’a pas signé') },
  'aas:coChair': { inverse: w('co-chaired', 'a coprésidé') },
  'aas:supportedBy': { inverse: w('supports', 'soutient') },
  'aas:coordinatedBy': { inverse: w('coordinates', 'coordonne') },
  'aas:ledBy': { inverse: w('leads', 'pilote') },
  'aas:hostedBy': { inverse: w('hosts', 'accueille') },
  'aas:investor': { inverse: w('invests in', 'investit dans') },
  'aas:investmentIn': { inverse: w('receives the investment', 'reçoit l’investissement') },
  'aas:announcedBy': { inverse: w('announced', 'a annoncé') },
  'aas:announcedAt': { inverse: w('saw the announcement of', 'a vu l’annonce de') },
  'aas:cites': { inverse: w('is cited by', 'est cité par') },
  'aas:action': { inverse: w('is an action of', 'est une action de') },
  'aas:specialEnvoy': { inverse: w('was the special envoy of', 'était l’envoyée spéciale ou l’envoyé spécial de') },
  'aas:envoy': { inverse: w('was an envoy of', 'était envoyé de') },
  'aas:invitee': { inverse: w('was invited to', 'était invité à') },
  'aas:quotedIn': { inverse: w('is where these were quoted:', 'est le lieu où ont été citées les paroles de') },
  'aas:includes': { inverse: w('is counted in', 'est compté dans') },
  'aas:partOf': { inverse: w('includes the part', 'comprend la partie') },
  'aas:percentageOf': { inverse: w('is the base of', 'est la base de') },
  'aas:fundsInitiative': { inverse: w('is funded by', 'est financé par') },
  'aas:via': { inverse: w('channels', 'sert de canal à') },
  'aas:signatoryNetwork': { inverse: w('is the signatory network of', 'est le réseau signataire de') },
  'aas:signature': { inverse: w('is an entry of', 'est une entrée de') },
  'aas:measure': { inverse: w('is what these figures count:', 'est ce que comptent ces chiffres :') },
  'aas:qualifier': { inverse: w('qualifies', 'qualifie') },
  'aas:sourceKind': { inverse: w('is the kind of', 'est le type de') },
  'aas:about': { inverse: w('is the subject of the figure', 'est l’objet du chiffre') },
};

const EXPANDED = new Map(
  Object.entries(TERMS).map(([compact, words]) => {
    const [prefix, local] = compact.split(':') as [string, string];
    return [`${PREFIXES[prefix]}${local}`, words];
  }),
);

export function termWords(iri: string): TermWords | undefined {
  return EXPANDED.get(iri);
}

/** A name made from an IRI's last part: schema:startDate → "start date". */
export function nameFromIri(iri: string): string {
  const last =
    iri
      .replace(/[#/]+$/, '')
      .split(/[#/]/)
      .pop() ?? iri;
  let local = last;
  try {
    local = decodeURIComponent(last);
  } catch {
    // Keep a malformed percent-encoding as it is.
  }
  return local
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
}
