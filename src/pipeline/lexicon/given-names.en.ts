// Common given names in Latin script with the gender they usually carry, so that "she said" can pass over
// "Mark Ellison" and "he said" over "Sarah Buckley". Names used for both (Jordan, Alex, Kim) are left out.

export const MALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  ('james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald ' +
    'steven steve paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas ' +
    'eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis ' +
    'jerry tyler aaron henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl keith roger gerald ' +
    'christian terry sean arthur austin noah lawrence jesse joe bryan billy bruce albert willie gabriel logan ralph roy ' +
    'eugene russell bobby mason philip louis harry vincent wayne randy howard fred martin neil dave doug mike tom bill jim ' +
    'bob ken ted tim greg jeff rick nick ben dan sam matt andy pete erik hans karl lars pierre francois luc marc michel andre ' +
    'rene yves claude giuseppe giovanni luigi marco carlos jose juan luis miguel pedro diego sergei sergey dmitry dmitri ' +
    'vladimir ivan nikolai igor alexei andrei boris mikhail oleg yuri volodymyr mohammed muhammad ahmed ali omar hassan ' +
    'hussein ibrahim mustafa khalid yusuf stephane').split(/\s+/),
);

export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  ('mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly ' +
    'emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley ' +
    'angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria ' +
    'heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah ' +
    'martha jacqueline frances gloria ann teresa kathryn sara janice alice madison doris abigail julia judy grace denise ' +
    'amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla wendy ' +
    'nadia cindy anne hillary ursula giorgia jacinda ana sofia lucia carmen elena natalia olga tatiana irina svetlana ' +
    'fatima aisha mariam layla leila caroline karine').split(/\s+/),
);
