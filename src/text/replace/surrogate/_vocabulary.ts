/**
 * Words surrogates are drawn from: common US given names and surnames, and invented-sounding
 * place words for towns, streets and facilities. Plain data, chosen by a keyed hash.
 *
 * @internal
 */

const list = (s: string): readonly string[] => Object.freeze(s.trim().split(/\s+/));

/** Given names. */
export const FIRST_NAMES = list(`
Aaron Abigail Adam Adrian Aiden Alan Albert Alice Alison Amanda Amber Amy Andrea Andrew Angela
Anna Anthony Arthur Ashley Audrey Austin Barbara Benjamin Beth Betty Beverly Blake Brandon
Brenda Brian Brittany Bruce Bryan Caleb Cameron Carl Carol Caroline Carter Catherine Charles
Charlotte Cheryl Chloe Christian Christine Christopher Cindy Claire Colin Connor Craig Cynthia
Dale Daniel Danielle Darren David Dean Deborah Denise Dennis Derek Diana Diane Donald Donna
Dorothy Douglas Dylan Edward Eileen Elaine Eleanor Elijah Elizabeth Ellen Emily Emma Eric Ethan
Evan Evelyn Frances Frank Gabriel Gail Gary Gavin George Gerald Gloria Grace Gregory Hannah
Harold Heather Helen Henry Holly Howard Ian Isaac Isabel Jacob Jacqueline James Janet Janice
Jason Jeffrey Jennifer Jeremy Jessica Joan Joel Jonathan Joseph Joshua Joyce Judith Julia Julie
Justin Karen Katherine Keith Kelly Kenneth Kevin Kimberly Kyle Laura Lauren Lawrence Leah Linda
Lindsay Logan Louis Lucas Lucy Madison Margaret Maria Marilyn Mark Martha Matthew Megan Melissa
Michael Michelle Nancy Natalie Nathan Nicholas Nicole Noah Olivia Owen Pamela Patricia Patrick
Paul Peter Philip Rachel Ralph Raymond Rebecca Richard Robert Roger Ronald Rose Russell Ruth
Ryan Samantha Samuel Sandra Sarah Scott Sean Sharon Shirley Simon Sophia Stephanie Stephen
Steven Susan Teresa Terry Theodore Thomas Timothy Todd Tyler Valerie Victoria Vincent Virginia
Walter Wayne William Zachary
`);

/** Surnames. */
export const SURNAMES = list(`
Abbott Acosta Adams Aldridge Alvarez Anderson Archer Armstrong Atkins Austin Bailey Baker
Baldwin Barker Barnes Barrett Bartlett Bates Beck Bell Bennett Benson Berry Bishop Blackwell
Blair Bowen Boyd Bradley Brennan Briggs Brooks Bryant Buchanan Burke Burton Bush Caldwell
Campbell Carlson Carpenter Carroll Carter Castillo Chambers Chandler Chapman Clarke Cobb Coleman
Collins Conway Cooper Crawford Cross Cunningham Curtis Dalton Daniels Davidson Dawson Delgado
Dennison Dixon Donovan Douglas Doyle Duncan Dunn Easton Edwards Elliott Ellis Emerson Erickson
Evans Farmer Ferguson Fischer Fleming Fletcher Flynn Foster Fowler Franklin Fraser Fuller
Gallagher Garcia Gardner Garrett Gibson Gilbert Goodwin Gordon Graham Grant Graves Griffin
Hale Hamilton Hammond Hansen Harding Harper Harrington Hartman Hawkins Hayes Henderson Hendricks
Hewitt Hobbs Holland Holmes Hopkins Horton Howell Hudson Hughes Hunter Ingram Jacobs Jennings
Jensen Johnston Kane Keller Kennedy Kerr Kimball Kirby Knight Lambert Lawson Leonard Lindqvist
Logan Lowe Lynch Mackenzie Maddox Malone Mann Marsh Maxwell McBride McCarthy McKenna Mercer
Meyer Mills Mitchell Montoya Morales Moreno Morgan Morrison Murphy Nash Newman Nichols Norris
Norton Oakley Obrien Oconnor Olsen Osborne Owens Padilla Palmer Parsons Patterson Payne Pearson
Perkins Peterson Phelps Pierce Porter Powell Preston Quinn Ramsey Randall Reeves Reid Reynolds
Richards Riley Robbins Rowe Russell Salazar Sanders Sawyer Schmidt Schultz Sherman Simmons
Sinclair Sloan Snyder Spencer Stanton Steele Stevens Stokes Sullivan Sutton Swanson Talbot
Tanner Terrell Thornton Todd Townsend Tucker Turner Underwood Vance Vaughn Wagner Walsh Warner
Watkins Webster Wheeler Whitaker Whitfield Wilcox Wilkins Winters Wolfe Woodward Wyatt Yates
York Zimmerman
`);

/** Words for towns, streets and facilities. */
export const PLACE_WORDS = list(`
Alder Applegate Ashbury Ashford Aspen Bayview Beacon Beechwood Birchfield Blackstone Bramble
Briarcliff Bridgeport Brookhaven Brookside Cedarbrook Chestnut Clearwater Cloverdale Copperfield
Cranberry Crestwood Cypress Dalewood Deerfield Driftwood Eastfield Edgewater Elmhurst Evergreen
Fairhaven Fairview Fernwood Fieldstone Foxborough Foxglove Glenwood Goldenrod Granite Greenfield
Hartwell Hawthorne Hazelwood Heatherfield Hemlock Highland Hillcrest Hollybrook Ironwood Juniper
Kingsbridge Lakemont Larkspur Laurel Linden Magnolia Mapleton Meadowbrook Millbrook Mistwood
Northgate Oakdale Orchard Parkside Pebblebrook Pinehurst Quarry Ravenwood Redfield Ridgeview
Riverbend Rockport Rosewood Sagebrush Sandpiper Shadybrook Silverlake Southport Springdale
Stonebridge Stonehaven Summerfield Sunnyside Sycamore Thornbury Timberline Valleyview Westbrook
Westfield Whitestone Willowbrook Windmere Woodhaven
`);

/** Words a name surrogate keeps: titles, credentials and suffixes (they identify no one). */
export const NAME_KEPT: ReadonlySet<string> = new Set(list(`
dr mr mrs ms miss mx prof rev md do rn np pa phd dds rph lpn crna jr sr ii iii iv
`));

/**
 * Words a place surrogate keeps: street types and directions, generic words of facility names,
 * and (written in capitals) US state codes. None of them identifies anyone on its own.
 */
export const PLACE_KEPT: ReadonlySet<string> = new Set(list(`
st street ave avenue rd road ln lane dr drive ct court blvd boulevard way pl place ter terrace
cir circle hwy highway pkwy parkway sq square trl trail apt unit suite ste fl floor box po
n s e w ne nw se sw north south east west
hospital hospitals medical center centre clinic clinics health healthcare care general regional
memorial community university college institute nursing home homes rehab rehabilitation hospice
house of the and at for saint children childrens women womens va veterans county valley
`));

/** US state and territory codes, kept when written in capitals. */
export const STATE_CODES: ReadonlySet<string> = new Set(list(`
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY
NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR
`));
