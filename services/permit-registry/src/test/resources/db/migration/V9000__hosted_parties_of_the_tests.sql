-- The Parties whose officers the tests' tokens speak for, hosted as if a platform administrator had
-- onboarded them (onboarding itself calls Keycloak and is tested against the packaged suite). Kenya (KE)
-- stays unhosted: the isolation suite's stranger.
insert into hosted_party (party, name, status, onboarded_by, onboarded_at)
select code, code, 'HOSTED', 'test fixture', now()
from unnest(array['CH', 'NO', 'DE', 'GH', 'MG', 'SO', 'TZ', 'SN', 'UG', 'ZA', 'BW']) as code;
