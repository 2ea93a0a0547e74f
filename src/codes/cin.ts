/** CIN census code lists from the DfE XSDs (shared/reference/cin/codes.csv): code, description, years in the schema. */
export interface CinCode {
  readonly code: string;
  readonly description: string;
  readonly years: readonly number[];
}

export const CODES_CIN = {
  /** ReferralNFA;ICPCnotRequired */
  yesnotype: [
    { code: 'true', description: '', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'false', description: '', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'TRUE', description: '', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'FALSE', description: '', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: '0', description: '', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: '1', description: '', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
  ],
  /** UPNunknown */
  unknownupntype: [
    { code: 'UN1', description: '', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'UN2', description: '', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'UN3', description: '', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'UN4', description: '', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'UN5', description: '', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'UN6', description: '', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'UN7', description: '', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
  ],
  /** GenderCurrent */
  gendertype: [
    { code: '1', description: 'Male', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: '2', description: 'Female', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    {
      code: '0',
      description: 'Not recorded or unborn',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    { code: '9', description: 'Indeterminate', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
  ],
  /** Ethnicity */
  ethnicitytype: [
    { code: 'WBRI', description: 'White British', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'WIRI', description: 'White Irish', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    {
      code: 'WIRT',
      description: 'Traveller of Irish heritage',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: 'WOTH',
      description: 'Any other White background',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    { code: 'WROM', description: 'Gypsy/Roma', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    {
      code: 'MWBC',
      description: 'White and Black Caribbean',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: 'MWBA',
      description: 'White and Black African',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    { code: 'MWAS', description: 'White and Asian', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    {
      code: 'MOTH',
      description: 'Any other mixed background',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    { code: 'AIND', description: 'Indian', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'APKN', description: 'Pakistani', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'ABAN', description: 'Bangladeshi', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    {
      code: 'AOTH',
      description: 'Any other Asian background',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    { code: 'BCRB', description: 'Caribbean', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'BAFR', description: 'African', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    {
      code: 'BOTH',
      description: 'Any other black background',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    { code: 'CHNE', description: 'Chinese', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    {
      code: 'OOTH',
      description: 'Any other ethnic group',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    { code: 'REFU', description: 'Refused', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    {
      code: 'NOBT',
      description: 'Information not yet obtained',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
  ],
  /** Disability */
  disabilitytype: [
    { code: 'NONE', description: 'No disability', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'MOB', description: 'Mobility', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'HAND', description: 'Hand function', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'PC', description: 'Personal care', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'INC', description: 'Incontinence', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'COMM', description: 'Communication', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'LD', description: 'Learning', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'HEAR', description: 'Hearing', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'VIS', description: 'Vision', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'BEH', description: 'Behaviour', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'CON', description: 'Consciousness', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'AUT', description: 'Autism', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'DDA', description: 'Other', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
  ],
  /** ReferralSource */
  referralsourcetype: [
    {
      code: '1A',
      description: 'INDIVIDUAL \u2013 family member, relative or carer',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '1B',
      description: 'INDIVIDUAL \u2013 acquaintance (including neighbours and child minders)',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '1C',
      description: 'INDIVIDUAL \u2013 self',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '1D',
      description: 'INDIVIDUAL \u2013 other (including strangers)',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    { code: '2A', description: 'SCHOOLS', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    {
      code: '2B',
      description: 'EDUCATION SERVICES',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '3A',
      description: 'HEALTH SERVICES \u2013 general practitioner (GP)',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '3B',
      description: 'HEALTH SERVICES \u2013 health visitor',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '3C',
      description: 'HEALTH SERVICES \u2013 school nurse',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '3D',
      description: 'HEALTH SERVICES \u2013 other primary health services',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '3E',
      description: 'HEALTH SERVICES \u2013 A&E (accident and emergency department)',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '3F',
      description: 'HEALTH SERVICES \u2013 other (for example hospice)',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '4',
      description: 'HOUSING - local authority housing or housing association',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '5A',
      description: 'LA SERVICES \u2013 social care for example adults social care services',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '5B',
      description:
        'LA SERVICES \u2013 other internal (department other than social care in local authorities, for example, youth offending (excluding housing))',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '5C',
      description:
        'LA SERVICES \u2013 external, for example, from another local authority\u2019s adults social care services',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    { code: '6', description: 'POLICE', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    {
      code: '7',
      description:
        'OTHER LEGAL AGENCY \u2013 including courts, probation, immigration, CAFCASS (Children and Family Court Advisory and Support Service) or prison',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '8',
      description:
        'OTHER \u2013 including children\u2019s centres, independent agency providers or voluntary organisations',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    { code: '9', description: 'ANONYMOUS', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: '10', description: 'UNKNOWN', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: '5D', description: '(LA SERVICES \u2013 early help', years: [2023, 2024] },
  ],
  /** InitialCategoryOfAbuse;LatestCategoryOfAbuse */
  categoryofabuse: [
    { code: 'NEG', description: 'Neglect', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'PHY', description: 'Physical abuse', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'SAB', description: 'Sexual abuse', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'EMO', description: 'Emotional abuse', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    {
      code: 'MUL',
      description: 'Multiple/not recommended',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
  ],
  /** PrimaryNeedCode */
  primaryneedcodetype: [
    { code: 'N1', description: 'Abuse or neglect', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    {
      code: 'N2',
      description: "Child's disability",
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: 'N3',
      description: 'Parental disability or illness',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: 'N4',
      description: 'Family in acute stress',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: 'N5',
      description: 'Family dysfunction',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: 'N6',
      description: 'Socially unacceptable behaviour',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    { code: 'N7', description: 'Low income', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'N8', description: 'Absent parenting', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    {
      code: 'N9',
      description: 'Cases other than children in need',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    { code: 'N0', description: 'Not stated', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
  ],
  /** ReasonForClosure */
  reasonforclosuretype: [
    { code: 'RC1', description: 'Adopted', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    { code: 'RC2', description: 'Died', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    {
      code: 'RC3',
      description: 'Child arrangements order',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: 'RC4',
      description: 'Special guardianship order',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: 'RC5',
      description: 'Transferred to services of another local authority',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: 'RC6',
      description: 'Transferred to adult social care services',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: 'RC7',
      description: 'Services ceased for any other reason, including child no longer in need',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: 'RC8',
      description: 'Case closed after assessment, no further action',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    { code: 'RC9', description: 'Case closed after assessment, referred to early help', years: [2023, 2024] },
  ],
  /** AssessmentFactors */
  assessmentfactorstype: [
    {
      code: '1A',
      description: 'Alcohol misuse: concerns about alcohol misuse by the child',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '1B',
      description: 'Alcohol misuse: concerns about alcohol misuse by the parent(s)/carer(s)',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '1C',
      description: 'Alcohol misuse: concerns about alcohol misuse by another person living in the household',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '2A',
      description: 'Drug misuse: concerns about drug misuse by the child',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '2B',
      description: 'Drug misuse: concerns about drug misuse by the parent(s)/carer(s)',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '2C',
      description: 'Drug misuse: concerns about drug misuse by another person living in the household',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '3A',
      description: 'Domestic violence: concerns about the child being the subject of domestic violence',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '3B',
      description:
        'Domestic violence: concerns about the child\u2019s parent(s)/carer(s) being the subject of domestic violence',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '3C',
      description:
        'Domestic violence: concerns about another person living in the household being the subject of domestic violence',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '4A',
      description: 'Mental health: concerns about the mental health of the child',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '4B',
      description: 'Mental health: concerns about the mental health of the parent(s)/carer(s)',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '4C',
      description:
        'Mental health: concerns about the mental health of another person in the family/household',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '5A',
      description: 'Learning disability: concerns about the child\u2019s learning disability',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '5B',
      description: 'Learning disability: concerns about the parent(s)/carer(s) learning disability',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '5C',
      description:
        'Learning disability: concerns about another person in the family/household\u2019s learning disability',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '6A',
      description:
        'Physical disability or illness: concerns about a physical disability or illness of the child',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '6B',
      description:
        'Physical disability or illness: concerns about a physical disability or illness of the parent(s)/carer(s)',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '6C',
      description:
        'Physical disability or illness: concerns about a physical disability or illness of another person in the family/household',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '7A',
      description:
        'Young carer: concerns that services may be required or the child\u2019s health or development may be impaired due to their caring responsibilities',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '8B',
      description:
        'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to return',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '8C',
      description:
        'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to stay',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '8D',
      description:
        'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children in educational placements',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '8E',
      description:
        'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children making alternative family arrangements',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '8F',
      description:
        'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - other',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '9A',
      description:
        'UASC: concerns that services may be required or the child may be at risk of harm as an unaccompanied asylum-seeking child',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '10A',
      description:
        'Missing: concerns that services may be required or the child may be at risk of harm due to going/being missing',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '11A',
      description:
        'Child sexual exploitation: concerns that services may be required or the child may be at risk of harm due to child sexual exploitation',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '12A',
      description:
        'Trafficking: concerns that services may be required or the child may be at risk of harm due to trafficking',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '13A',
      description:
        'Gangs: concerns that services may be required or the child may be at risk of harm because of involvement in/with gangs',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '14A',
      description:
        'Socially unacceptable behaviour: concerns that services may be required or the child may be at risk due to their socially unacceptable behaviour',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '15A',
      description:
        'Self-harm: concerns that services may be required or due to suspected/actual self-harming child may be at risk of harm',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '16A',
      description:
        'Abuse or neglect \u2013 \u2018NEGLECT\u2019: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '17A',
      description:
        'Abuse or neglect \u2013 \u2018EMOTIONAL ABUSE\u2019: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '18A',
      description:
        'Abuse or neglect \u2013 \u2018PHYSICAL ABUSE\u2019: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect.',
      years: [2017, 2018, 2019, 2020],
    },
    {
      code: '19A',
      description:
        'Abuse or neglect \u2013 \u2018SEXUAL ABUSE\u2019: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect.',
      years: [2017, 2018, 2019, 2020],
    },
    { code: '20', description: 'Other', years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] },
    {
      code: '21',
      description:
        'No factors identified - only use this if there is no evidence of any of the factors above and no further action is being taken',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '22A',
      description:
        'Female genital mutilation (FGM) - concerns that services may be required or the child may be at risk due to female genital mutilation',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '23A',
      description:
        'Abuse linked to faith or belief - concerns that services may be required or the child may be at risk due to abuse linked to faith or belief',
      years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    },
    {
      code: '18B',
      description:
        'Abuse or neglect \u2013 \u2018PHYSICAL ABUSE\u2019 (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child',
      years: [2021, 2022, 2023, 2024],
    },
    {
      code: '18C',
      description:
        'Abuse or neglect \u2013 \u2018PHYSICAL ABUSE\u2019 (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult',
      years: [2021, 2022, 2023, 2024],
    },
    {
      code: '19B',
      description:
        'Abuse or neglect \u2013 \u2018SEXUAL ABUSE\u2019 (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child',
      years: [2021, 2022, 2023, 2024],
    },
    {
      code: '19C',
      description:
        'Abuse or neglect \u2013 \u2018SEXUAL ABUSE\u2019 (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult',
      years: [2021, 2022, 2023, 2024],
    },
    {
      code: '24A',
      description:
        'Child criminal exploitation: concerns that services may be required or the child may be at risk of harm due to child criminal exploitation',
      years: [2022, 2023, 2024],
    },
  ],
} as const satisfies Record<string, readonly CinCode[]>;
