-- Applications are kept in a numbered form (StoredApplications), no longer as the API's request: the ones
-- stored before are form 1, whose application is the request's JSON as it was.
select set_config('ecites.party', '*', true);

update permit set application = json_build_object('form', 1, 'application', application::json)::text
 where application is not null;
