import { normalizeText } from '../normalize/text';
import { REGISTRY_DATA } from './data';
import { Registry } from './registry';
import type { RoleTenure, SpeakerEntry } from './types';

const registry = new Registry(REGISTRY_DATA);
const allSpeakers: SpeakerEntry[] = REGISTRY_DATA.flatMap((g) => g.speakers);
const allRoles = REGISTRY_DATA.flatMap((g) => g.roles ?? []);
const ISO = /^\d{4}-\d{2}(-\d{2})?$/;

/** Normalised aliases deliberately shared by two entries (none today; add `key: [ids]` with a reason). */
const SHARED_ALIASES: Record<string, string[]> = {};

describe('registry data', () => {
  it('builds without error', () => {
    expect(() => new Registry(REGISTRY_DATA)).not.toThrow();
  });

  it('has at least 150 entries', () => {
    expect(registry.speakers.length).toBeGreaterThanOrEqual(150);
  });

  it('every data file names its sources and has speakers', () => {
    for (const g of REGISTRY_DATA) {
      expect(g.source.trim()).not.toBe('');
      expect(g.speakers.length).toBeGreaterThan(0);
    }
  });

  it('has unique speaker ids and unique role ids across files', () => {
    const dup = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dup(allSpeakers.map((s) => s.id))).toEqual([]);
    expect(dup(allRoles.map((r) => r.id))).toEqual([]);
  });

  it('ids are kebab-case and every entry has a name and an alias', () => {
    const bad = allSpeakers.filter((s) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.id) || !s.name.trim() || s.aliases.length === 0);
    expect(bad.map((s) => s.id)).toEqual([]);
  });

  it('every person has a gender; organisations have none', () => {
    expect(allSpeakers.filter((s) => s.kind === 'person' && !s.gender).map((s) => s.id)).toEqual([]);
    expect(allSpeakers.filter((s) => s.kind === 'org' && s.gender).map((s) => s.id)).toEqual([]);
  });

  it('wikidata ids, when given, are Q-ids', () => {
    expect(allSpeakers.filter((s) => s.wikidata && !/^Q\d+$/.test(s.wikidata)).map((s) => s.id)).toEqual([]);
  });

  it('every role referenced by a speaker exists, and every role org is a registry entry', () => {
    const missing = allSpeakers.flatMap((s) => (s.roles ?? []).filter((t) => !registry.role(t.role)).map((t) => `${s.id} → ${t.role}`));
    expect(missing).toEqual([]);
    const badOrg = allRoles.filter((r) => r.org && registry.byId(r.org)?.kind !== 'org').map((r) => `${r.id} → ${r.org}`);
    expect(badOrg).toEqual([]);
  });

  it('every role has at least one title in Latin, Arabic and Cyrillic script', () => {
    const scripts = [/[A-Za-z]/, /[\u0600-\u06FF]/, /[\u0400-\u04FF]/];
    const bad = allRoles.filter((r) => !scripts.every((re) => r.titles.some((t) => re.test(t))));
    // Provincial Canadian offices are rarely named in Arabic news; they are exempt from the Arabic requirement.
    const exempt = new Set(['saskatchewan-premier', 'manitoba-premier', 'nova-scotia-premier', 'new-brunswick-premier']);
    expect(bad.map((r) => r.id).filter((id) => !exempt.has(id))).toEqual([]);
  });

  it('tenure dates are ISO (YYYY-MM or YYYY-MM-DD) and from < to', () => {
    const bad = allSpeakers.flatMap((s) =>
      (s.roles ?? [])
        .filter((t) => (t.from && !ISO.test(t.from)) || (t.to && !ISO.test(t.to)) || (t.from && t.to && !(t.from < t.to)))
        .map((t) => `${s.id} ${t.role} ${t.from ?? ''}→${t.to ?? ''}`),
    );
    expect(bad).toEqual([]);
  });

  it('no normalised alias is shared by two entries unless listed as intended', () => {
    const owners = new Map<string, Set<string>>();
    for (const s of allSpeakers) {
      for (const a of [s.name, ...s.aliases]) {
        const key = normalizeText(a);
        expect(key).not.toBe('');
        if (!owners.has(key)) owners.set(key, new Set());
        owners.get(key)!.add(s.id);
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key}: ${[...ids].sort().join(', ')}`);
    const unexpected = shared.filter((line) => {
      const key = line.slice(0, line.indexOf(':'));
      return !SHARED_ALIASES[key];
    });
    if (shared.length) console.log(`shared aliases:\n${shared.join('\n')}`);
    expect(unexpected).toEqual([]);
  });

  it('no normalised title names two roles', () => {
    const owners = new Map<string, string[]>();
    for (const r of allRoles) for (const t of new Set(r.titles.map(normalizeText))) owners.set(t, [...(owners.get(t) ?? []), r.id]);
    expect([...owners].filter(([, ids]) => ids.length > 1).map(([t, ids]) => `${t}: ${ids.join(', ')}`)).toEqual([]);
  });

  it('tenures of one role do not overlap; an undated tenure is the only one of its role', () => {
    const byRole = new Map<string, { id: string; t: RoleTenure }[]>();
    for (const s of allSpeakers) for (const t of s.roles ?? []) byRole.set(t.role, [...(byRole.get(t.role) ?? []), { id: s.id, t }]);
    const problems: string[] = [];
    for (const [role, list] of byRole) {
      for (let i = 0; i < list.length; i++) {
        const a = list[i];
        if (!a.t.from && !a.t.to && list.length > 1) problems.push(`${role}: undated tenure of ${a.id} beside other holders`);
        for (let j = i + 1; j < list.length; j++) {
          const b = list[j];
          const overlap = (a.t.from ?? '') < (b.t.to ?? '\uffff') && (b.t.from ?? '') < (a.t.to ?? '\uffff');
          if (overlap) problems.push(`${role}: ${a.id} ${a.t.from ?? ''}→${a.t.to ?? ''} overlaps ${b.id} ${b.t.from ?? ''}→${b.t.to ?? ''}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('alias lookup', () => {
  it.each([
    ['بيسكوف', 'dmitry-peskov'],
    ['Дмитрий Песков', 'dmitry-peskov'],
    ['Dmitri Peskov', 'dmitry-peskov'],
    ['ترامب', 'donald-trump'],
    ['ترمب', 'donald-trump'],
    ['Трамп', 'donald-trump'],
    ['زيلينسكي', 'volodymyr-zelensky'],
    ['زيلنسكي', 'volodymyr-zelensky'],
    ['Zelenskyy', 'volodymyr-zelensky'],
    ['Zelenskiy', 'volodymyr-zelensky'],
    ['Зеленский', 'volodymyr-zelensky'],
    ['لافروف', 'sergei-lavrov'],
    ['Sergey Lavrov', 'sergei-lavrov'],
    ['ماكرون', 'emmanuel-macron'],
    ['نتنياهو', 'benjamin-netanyahu'],
    ['نتانياهو', 'benjamin-netanyahu'],
    ['Нетаньяху', 'benjamin-netanyahu'],
    ['زاخاروفا', 'maria-zakharova'],
    ['إبراهيم رئيسي', 'ebrahim-raisi'],
    ['عراقجي', 'abbas-araghchi'],
    ['Уиткофф', 'steve-witkoff'],
    ['ويتكوف', 'steve-witkoff'],
    ['Гутерриш', 'antonio-guterres'],
    ['غوتيريش', 'antonio-guterres'],
    ['Рютте', 'mark-rutte'],
    ['Trudeau', 'justin-trudeau'],
    ['Andrew Scheer', 'andrew-scheer'],
    ['Chrystia Freeland', 'chrystia-freeland'],
    ['Doug Ford', 'doug-ford'],
    ['الكرملين', 'kremlin'],
    ['The White House', 'white-house'],
    ['الإدارة الأمريكية', 'white-house'],
    ['رويترز', 'reuters'],
    ['Рейтер', 'reuters'],
    ['فايننشال تايمز', 'financial-times'],
    ['ТАСС', 'tass'],
    ['РИА Новости', 'ria-novosti'],
    ['أكسيوس', 'axios'],
    ['Moscow', 'russian-government'],
    ['موسكو', 'russian-government'],
    ['روسيا', 'russian-government'],
    ['Москва', 'russian-government'],
    ['Kiev', 'ukrainian-government'],
    ['كييف', 'ukrainian-government'],
    ['Киев', 'ukrainian-government'],
    ['Washington', 'us-government'],
    ['Beijing', 'chinese-government'],
    ['МИД России', 'russian-foreign-ministry'],
    ['الخارجية الروسية', 'russian-foreign-ministry'],
    ['وزارة الخارجية الروسية', 'russian-foreign-ministry'],
    ['State Department', 'us-state-department'],
    ['الخارجية الأمريكية', 'us-state-department'],
    ['وزارة الخارجية الأميركية', 'us-state-department'],
    ['Госдеп', 'us-state-department'],
    ['البنتاغون', 'pentagon'],
    ['حزب الله', 'hezbollah'],
    ['ХАМАС', 'hamas'],
    ['الوكالة الدولية للطاقة الذرية', 'iaea'],
    ['МАГАТЭ', 'iaea'],
  ])('%s → %s', (alias, id) => {
    expect(registry.byAlias(normalizeText(alias)).map((s) => s.id)).toEqual([id]);
  });
});

describe('role holders by date', () => {
  it.each([
    ['white-house-press-secretary', '2024-06-01', 'karine-jean-pierre'],
    ['white-house-press-secretary', '2025-04-12', 'karoline-leavitt'],
    ['white-house-press-secretary', '2021-06-01', 'jen-psaki'],
    ['us-president', '2016-06-01', 'barack-obama'],
    ['us-president', '2019-03-15', 'donald-trump'],
    ['us-president', '2023-09-01', 'joe-biden'],
    ['us-president', '2025-06-01', 'donald-trump'],
    ['us-president', '2021-01-20', 'joe-biden'],
    ['us-vice-president', '2025-03-01', 'jd-vance'],
    ['us-secretary-of-state', '2019-05-01', 'mike-pompeo'],
    ['us-secretary-of-state', '2023-02-01', 'antony-blinken'],
    ['us-secretary-of-state', '2025-03-01', 'marco-rubio'],
    ['us-secretary-of-defense', '2022-02-01', 'lloyd-austin'],
    ['us-secretary-of-defense', '2025-05-01', 'pete-hegseth'],
    ['us-national-security-adviser', '2025-03-01', 'mike-waltz'],
    ['us-national-security-adviser', '2025-07-01', 'marco-rubio'],
    ['us-special-envoy-middle-east', '2025-04-12', 'steve-witkoff'],
    ['us-house-speaker', '2024-02-01', 'mike-johnson'],
    ['russian-president', '2010-01-01', 'dmitry-medvedev'],
    ['russian-president', '2024-01-01', 'vladimir-putin'],
    ['russian-prime-minister', '2010-01-01', 'vladimir-putin'],
    ['russian-prime-minister', '2022-01-01', 'mikhail-mishustin'],
    ['russian-foreign-minister', '2025-04-12', 'sergei-lavrov'],
    ['russian-mfa-spokesperson', '2025-04-12', 'maria-zakharova'],
    ['kremlin-spokesperson', '2025-04-12', 'dmitry-peskov'],
    ['russian-defence-minister', '2023-05-01', 'sergei-shoigu'],
    ['russian-defence-minister', '2025-01-01', 'andrei-belousov'],
    ['russian-security-council-secretary', '2023-01-01', 'nikolai-patrushev'],
    ['russian-security-council-secretary', '2025-01-01', 'sergei-shoigu'],
    ['ukrainian-president', '2018-01-01', 'petro-poroshenko'],
    ['ukrainian-president', '2024-01-01', 'volodymyr-zelensky'],
    ['ukrainian-foreign-minister', '2023-01-01', 'dmytro-kuleba'],
    ['ukrainian-foreign-minister', '2025-01-01', 'andrii-sybiha'],
    ['ukrainian-defence-minister', '2024-01-01', 'rustem-umerov'],
    ['ukrainian-commander-in-chief', '2023-01-01', 'valerii-zaluzhnyi'],
    ['ukrainian-commander-in-chief', '2025-01-01', 'oleksandr-syrskyi'],
    ['nato-secretary-general', '2023-07-01', 'jens-stoltenberg'],
    ['nato-secretary-general', '2025-06-01', 'mark-rutte'],
    ['un-secretary-general', '2015-01-01', 'ban-ki-moon'],
    ['un-secretary-general', '2024-01-01', 'antonio-guterres'],
    ['eu-foreign-policy-chief', '2023-01-01', 'josep-borrell'],
    ['eu-foreign-policy-chief', '2025-02-01', 'kaja-kallas'],
    ['european-council-president', '2025-02-01', 'antonio-costa'],
    ['uk-prime-minister', '2023-06-01', 'rishi-sunak'],
    ['uk-prime-minister', '2025-01-01', 'keir-starmer'],
    ['uk-prime-minister', '2022-10-01', 'liz-truss'],
    ['german-chancellor', '2023-01-01', 'olaf-scholz'],
    ['german-chancellor', '2025-07-01', 'friedrich-merz'],
    ['israeli-prime-minister', '2022-09-01', 'yair-lapid'],
    ['israeli-prime-minister', '2024-01-01', 'benjamin-netanyahu'],
    ['israeli-defence-minister', '2024-01-01', 'yoav-gallant'],
    ['iranian-president', '2023-01-01', 'ebrahim-raisi'],
    ['iranian-president', '2025-01-01', 'masoud-pezeshkian'],
    ['hezbollah-secretary-general', '2023-01-01', 'hassan-nasrallah'],
    ['hezbollah-secretary-general', '2025-01-01', 'naim-qassem'],
    ['syrian-president', '2020-01-01', 'bashar-al-assad'],
    ['syrian-president', '2025-06-01', 'ahmed-al-sharaa'],
    ['chinese-foreign-minister', '2023-03-01', 'qin-gang'],
    ['chinese-foreign-minister', '2024-01-01', 'wang-yi'],
    ['japanese-prime-minister', '2025-01-01', 'shigeru-ishiba'],
    ['south-korean-president', '2023-01-01', 'yoon-suk-yeol'],
    ['canadian-prime-minister', '2019-03-01', 'justin-trudeau'],
    ['canadian-prime-minister', '2025-06-01', 'mark-carney'],
    ['canadian-foreign-minister', '2018-06-01', 'chrystia-freeland'],
    ['canadian-foreign-minister', '2023-01-01', 'melanie-joly'],
    ['conservative-party-of-canada-leader', '2019-06-01', 'andrew-scheer'],
    ['ontario-premier', '2019-01-01', 'doug-ford'],
    ['brazilian-president', '2021-01-01', 'jair-bolsonaro'],
    ['brazilian-president', '2024-01-01', 'lula-da-silva'],
    ['pope', '2020-01-01', 'pope-francis'],
    ['pope', '2025-06-01', 'pope-leo-xiv'],
  ])('%s on %s → %s', (role, date, id) => {
    expect(registry.holderOf(role, date)?.id).toBe(id);
  });

  it.each([
    ['us-president', '2017-01-20', 'donald-trump'],
    ['us-president', '2025-01-19', 'joe-biden'],
  ])('boundary: %s on %s → %s (tenure end is exclusive)', (role, date, id) => {
    expect(registry.holderOf(role, date)?.id).toBe(id);
  });

  it.each([
    ['us-secretary-of-state', '2021-01-22'], // acting secretary between Pompeo and Blinken: not in the registry
    ['syrian-president', '2025-01-01'], // between Assad's fall and al-Sharaa's designation
  ])('gap: %s on %s has no holder', (role, date) => {
    expect(registry.holderOf(role, date)).toBeUndefined();
  });
});

describe('role titles', () => {
  it.each([
    ['المتحدث باسم الكرملين', 'kremlin-spokesperson'],
    ['пресс-секретарь Кремля', 'kremlin-spokesperson'],
    ['the Kremlin leader', 'russian-president'],
    ['الرئيس الروسي', 'russian-president'],
    ['президент России', 'russian-president'],
    ['الرئيس الأمريكي', 'us-president'],
    ['الرئيس الأميركي', 'us-president'],
    ['U.S. Secretary of State', 'us-secretary-of-state'],
    ['государственный секретарь США', 'us-secretary-of-state'],
    ['глава МИД России', 'russian-foreign-minister'],
    ['وزير الخارجية الروسي', 'russian-foreign-minister'],
    ['المتحدثة باسم الخارجية الروسية', 'russian-mfa-spokesperson'],
    ['الناطقة باسم البيت الأبيض', 'white-house-press-secretary'],
    ['UN Secretary-General', 'un-secretary-general'],
    ['الأمين العام للأمم المتحدة', 'un-secretary-general'],
    ['генсек НАТО', 'nato-secretary-general'],
    ['المستشار الألماني', 'german-chancellor'],
    ['رئيس الوزراء الإسرائيلي', 'israeli-prime-minister'],
    ['المرشد الإيراني', 'iran-supreme-leader'],
    ['Prime Minister of Canada', 'canadian-prime-minister'],
  ])('%s → %s', (title, id) => {
    expect(registry.rolesByTitle(normalizeText(title)).map((r) => r.id)).toEqual([id]);
  });
});
