/** Facet values of a region facet as the API gives them: a Slovak branch and an orphan. */
export const REGIONS = [
  { id: 'SK', label: 'Slovensko', count: 3, parent: null, level: 0 },
  { id: 'SK0', label: 'Slovensko', count: 3, parent: 'SK', level: 1 },
  { id: 'SK02', label: 'Západné Slovensko', count: 3, parent: 'SK0', level: 2 },
  { id: 'SK021', label: 'Trnavský kraj', count: 3, parent: 'SK02', level: 3 },
  { id: 'AT31', label: 'Oberösterreich', count: 2, parent: 'AT3', level: 2 },
];
