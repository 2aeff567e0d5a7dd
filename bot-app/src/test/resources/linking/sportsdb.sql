-- SportsDB, XML Team Solutions' open sports results schema (news-feed style: events, participants, teams, persons,
-- seasons, standings, injuries, wagering lines, documents and media, and per-sport statistics tables for American
-- football, baseball, basketball, ice hockey, soccer, tennis and motor racing), in pgFoundry's dbsamples "sportsdb"
-- PostgreSQL layout as YugabyteDB ships it (github.com/yugabyte/yugabyte-db, sample/sportsdb_tables.sql,
-- sportsdb_constraints.sql, sportsdb_fks.sql; Apache-2.0), read from the schema dump of that sample published in
-- github.com/SKalt/pg_inventory (sample_dbs/sportsdb.schema.dump.sql; Apache-2.0), loaded into a scratch PostgreSQL and
-- regenerated from its catalog: the 107 tables of schema sportsdb (public in the source), their unique keys on id
-- (the source declares UNIQUE (id), no primary keys) and its 137 foreign keys. The domain primary_id is replaced by
-- integer; defaults, sequences and indexes are left out; the source has no comments, no views. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS sportsdb;
CREATE TABLE sportsdb.addresses (
    id integer NOT NULL,
    location_id integer NOT NULL,
    language character varying(100),
    suite character varying(100),
    floor character varying(100),
    building character varying(100),
    street_number character varying(100),
    street_prefix character varying(100),
    street character varying(100),
    street_suffix character varying(100),
    neighborhood character varying(100),
    district character varying(100),
    locality character varying(100),
    county character varying(100),
    region character varying(100),
    postal_code character varying(100),
    country character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.affiliation_phases (
    id integer NOT NULL,
    affiliation_id integer NOT NULL,
    ancestor_affiliation_id integer,
    start_season_id integer,
    start_date_time timestamp without time zone,
    end_season_id integer,
    end_date_time timestamp without time zone,
    UNIQUE (id)
);
CREATE TABLE sportsdb.affiliations (
    id integer NOT NULL,
    affiliation_key character varying(100) NOT NULL,
    affiliation_type character varying(100),
    publisher_id integer NOT NULL,
    UNIQUE (id)
);
CREATE TABLE sportsdb.affiliations_documents (
    affiliation_id integer NOT NULL,
    document_id integer NOT NULL
);
CREATE TABLE sportsdb.affiliations_events (
    affiliation_id integer NOT NULL,
    event_id integer NOT NULL
);
CREATE TABLE sportsdb.affiliations_media (
    affiliation_id integer NOT NULL,
    media_id integer NOT NULL
);
CREATE TABLE sportsdb.american_football_action_participants (
    id integer NOT NULL,
    american_football_action_play_id integer NOT NULL,
    person_id integer NOT NULL,
    participant_role character varying(100) NOT NULL,
    score_type character varying(100),
    field_line integer,
    yardage integer,
    score_credit integer,
    yards_gained integer,
    UNIQUE (id)
);
CREATE TABLE sportsdb.american_football_action_plays (
    id integer NOT NULL,
    american_football_event_state_id integer NOT NULL,
    play_type character varying(100),
    score_attempt_type character varying(100),
    drive_result character varying(100),
    points integer,
    comment character varying(255),
    UNIQUE (id)
);
CREATE TABLE sportsdb.american_football_defensive_stats (
    id integer NOT NULL,
    tackles_total character varying(100),
    tackles_solo character varying(100),
    tackles_assists character varying(100),
    interceptions_total character varying(100),
    interceptions_yards character varying(100),
    interceptions_average character varying(100),
    interceptions_longest character varying(100),
    interceptions_touchdown character varying(100),
    quarterback_hurries character varying(100),
    sacks_total character varying(100),
    sacks_yards character varying(100),
    passes_defensed character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.american_football_down_progress_stats (
    id integer NOT NULL,
    first_downs_total character varying(100),
    first_downs_pass character varying(100),
    first_downs_run character varying(100),
    first_downs_penalty character varying(100),
    conversions_third_down character varying(100),
    conversions_third_down_attempts character varying(100),
    conversions_third_down_percentage character varying(100),
    conversions_fourth_down character varying(100),
    conversions_fourth_down_attempts character varying(100),
    conversions_fourth_down_percentage character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.american_football_event_states (
    id integer NOT NULL,
    event_id integer NOT NULL,
    current_state smallint,
    sequence_number integer,
    period_value integer,
    period_time_elapsed character varying(100),
    period_time_remaining character varying(100),
    clock_state character varying(100),
    down integer,
    team_in_possession_id integer,
    distance_for_1st_down integer,
    field_side character varying(100),
    field_line integer,
    context character varying(40),
    UNIQUE (id)
);
CREATE TABLE sportsdb.american_football_fumbles_stats (
    id integer NOT NULL,
    fumbles_committed character varying(100),
    fumbles_forced character varying(100),
    fumbles_recovered character varying(100),
    fumbles_lost character varying(100),
    fumbles_yards_gained character varying(100),
    fumbles_own_committed character varying(100),
    fumbles_own_recovered character varying(100),
    fumbles_own_lost character varying(100),
    fumbles_own_yards_gained character varying(100),
    fumbles_opposing_committed character varying(100),
    fumbles_opposing_recovered character varying(100),
    fumbles_opposing_lost character varying(100),
    fumbles_opposing_yards_gained character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.american_football_offensive_stats (
    id integer NOT NULL,
    offensive_plays_yards character varying(100),
    offensive_plays_number character varying(100),
    offensive_plays_average_yards_per character varying(100),
    possession_duration character varying(100),
    turnovers_giveaway character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.american_football_passing_stats (
    id integer NOT NULL,
    passes_attempts character varying(100),
    passes_completions character varying(100),
    passes_percentage character varying(100),
    passes_yards_gross character varying(100),
    passes_yards_net character varying(100),
    passes_yards_lost character varying(100),
    passes_touchdowns character varying(100),
    passes_touchdowns_percentage character varying(100),
    passes_interceptions character varying(100),
    passes_interceptions_percentage character varying(100),
    passes_longest character varying(100),
    passes_average_yards_per character varying(100),
    passer_rating character varying(100),
    receptions_total character varying(100),
    receptions_yards character varying(100),
    receptions_touchdowns character varying(100),
    receptions_first_down character varying(100),
    receptions_longest character varying(100),
    receptions_average_yards_per character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.american_football_penalties_stats (
    id integer NOT NULL,
    penalties_total character varying(100),
    penalty_yards character varying(100),
    penalty_first_downs character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.american_football_rushing_stats (
    id integer NOT NULL,
    rushes_attempts character varying(100),
    rushes_yards character varying(100),
    rushes_touchdowns character varying(100),
    rushing_average_yards_per character varying(100),
    rushes_first_down character varying(100),
    rushes_longest character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.american_football_sacks_against_stats (
    id integer NOT NULL,
    sacks_against_yards character varying(100),
    sacks_against_total character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.american_football_scoring_stats (
    id integer NOT NULL,
    touchdowns_total character varying(100),
    touchdowns_passing character varying(100),
    touchdowns_rushing character varying(100),
    touchdowns_special_teams character varying(100),
    touchdowns_defensive character varying(100),
    extra_points_attempts character varying(100),
    extra_points_made character varying(100),
    extra_points_missed character varying(100),
    extra_points_blocked character varying(100),
    field_goal_attempts character varying(100),
    field_goals_made character varying(100),
    field_goals_missed character varying(100),
    field_goals_blocked character varying(100),
    safeties_against character varying(100),
    two_point_conversions_attempts character varying(100),
    two_point_conversions_made character varying(100),
    touchbacks_total character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.american_football_special_teams_stats (
    id integer NOT NULL,
    returns_punt_total character varying(100),
    returns_punt_yards character varying(100),
    returns_punt_average character varying(100),
    returns_punt_longest character varying(100),
    returns_punt_touchdown character varying(100),
    returns_kickoff_total character varying(100),
    returns_kickoff_yards character varying(100),
    returns_kickoff_average character varying(100),
    returns_kickoff_longest character varying(100),
    returns_kickoff_touchdown character varying(100),
    returns_total character varying(100),
    returns_yards character varying(100),
    punts_total character varying(100),
    punts_yards_gross character varying(100),
    punts_yards_net character varying(100),
    punts_longest character varying(100),
    punts_inside_20 character varying(100),
    punts_inside_20_percentage character varying(100),
    punts_average character varying(100),
    punts_blocked character varying(100),
    touchbacks_total character varying(100),
    touchbacks_total_percentage character varying(100),
    touchbacks_kickoffs character varying(100),
    touchbacks_kickoffs_percentage character varying(100),
    touchbacks_punts character varying(100),
    touchbacks_punts_percentage character varying(100),
    touchbacks_interceptions character varying(100),
    touchbacks_interceptions_percentage character varying(100),
    fair_catches character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.baseball_action_contact_details (
    id integer NOT NULL,
    baseball_action_pitch_id integer NOT NULL,
    location character varying(100),
    strength character varying(100),
    velocity integer,
    comment text,
    trajectory_coordinates character varying(100),
    trajectory_formula character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.baseball_action_pitches (
    id integer NOT NULL,
    baseball_action_play_id integer NOT NULL,
    sequence_number integer,
    baseball_defensive_group_id integer,
    umpire_call character varying(100),
    pitch_location character varying(100),
    pitch_type character varying(100),
    pitch_velocity integer,
    comment text,
    trajectory_coordinates character varying(100),
    trajectory_formula character varying(100),
    ball_type character varying(40),
    strike_type character varying(40),
    UNIQUE (id)
);
CREATE TABLE sportsdb.baseball_action_plays (
    id integer NOT NULL,
    baseball_event_state_id integer NOT NULL,
    play_type character varying(100),
    notation character varying(100),
    notation_yaml text,
    baseball_defensive_group_id integer,
    comment character varying(255),
    runner_on_first_advance integer,
    runner_on_second_advance integer,
    runner_on_third_advance integer,
    outs_recorded integer,
    rbi integer,
    runs_scored integer,
    earned_runs_scored character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.baseball_action_substitutions (
    id integer NOT NULL,
    baseball_event_state_id integer NOT NULL,
    sequence_number integer,
    person_type character varying(100),
    person_original_id integer,
    person_original_position_id integer,
    person_original_lineup_slot integer,
    person_replacing_id integer,
    person_replacing_position_id integer,
    person_replacing_lineup_slot integer,
    substitution_reason character varying(100),
    comment character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.baseball_defensive_group (
    id integer NOT NULL,
    UNIQUE (id)
);
CREATE TABLE sportsdb.baseball_defensive_players (
    id integer NOT NULL,
    baseball_defensive_group_id integer NOT NULL,
    player_id integer NOT NULL,
    position_id integer NOT NULL,
    UNIQUE (id)
);
CREATE TABLE sportsdb.baseball_defensive_stats (
    id integer NOT NULL,
    double_plays integer,
    triple_plays integer,
    putouts integer,
    assists integer,
    errors integer,
    fielding_percentage numeric,
    defensive_average numeric,
    errors_passed_ball integer,
    errors_catchers_interference integer,
    UNIQUE (id)
);
CREATE TABLE sportsdb.baseball_event_states (
    id integer NOT NULL,
    event_id integer NOT NULL,
    current_state smallint,
    sequence_number integer,
    at_bat_number integer,
    inning_value integer,
    inning_half character varying(100),
    outs integer,
    balls integer,
    strikes integer,
    runner_on_first_id integer,
    runner_on_second_id integer,
    runner_on_third_id integer,
    runner_on_first smallint,
    runner_on_second smallint,
    runner_on_third smallint,
    runs_this_inning_half integer,
    pitcher_id integer,
    batter_id integer,
    batter_side character varying(100),
    context character varying(40),
    UNIQUE (id)
);
CREATE TABLE sportsdb.baseball_offensive_stats (
    id integer NOT NULL,
    average numeric,
    runs_scored integer,
    at_bats integer,
    hits integer,
    rbi integer,
    total_bases integer,
    slugging_percentage numeric,
    bases_on_balls integer,
    strikeouts integer,
    left_on_base integer,
    left_in_scoring_position integer,
    singles integer,
    doubles integer,
    triples integer,
    home_runs integer,
    grand_slams integer,
    at_bats_per_rbi numeric,
    plate_appearances_per_rbi numeric,
    at_bats_per_home_run numeric,
    plate_appearances_per_home_run numeric,
    sac_flies integer,
    sac_bunts integer,
    grounded_into_double_play integer,
    moved_up integer,
    on_base_percentage numeric,
    stolen_bases integer,
    stolen_bases_caught integer,
    stolen_bases_average numeric,
    hit_by_pitch integer,
    defensive_interferance_reaches integer,
    on_base_plus_slugging numeric,
    plate_appearances integer,
    hits_extra_base integer,
    UNIQUE (id)
);
CREATE TABLE sportsdb.baseball_pitching_stats (
    id integer NOT NULL,
    runs_allowed integer,
    singles_allowed integer,
    doubles_allowed integer,
    triples_allowed integer,
    home_runs_allowed integer,
    innings_pitched character varying(20),
    hits integer,
    earned_runs integer,
    unearned_runs integer,
    bases_on_balls integer,
    bases_on_balls_intentional integer,
    strikeouts integer,
    strikeout_to_bb_ratio numeric,
    number_of_pitches integer,
    era numeric,
    inherited_runners_scored integer,
    pick_offs integer,
    errors_hit_with_pitch integer,
    errors_wild_pitch integer,
    balks integer,
    wins integer,
    losses integer,
    saves integer,
    shutouts integer,
    games_complete integer,
    games_finished integer,
    winning_percentage numeric,
    event_credit character varying(40),
    save_credit character varying(40),
    UNIQUE (id)
);
CREATE TABLE sportsdb.basketball_defensive_stats (
    id integer NOT NULL,
    steals_total character varying(100),
    steals_per_game character varying(100),
    blocks_total character varying(100),
    blocks_per_game character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.basketball_event_states (
    id integer NOT NULL,
    event_id integer NOT NULL,
    current_state integer,
    sequence_number integer,
    period_value character varying(100),
    period_time_elapsed character varying(100),
    period_time_remaining character varying(100),
    context character varying(40),
    UNIQUE (id)
);
CREATE TABLE sportsdb.basketball_offensive_stats (
    id integer NOT NULL,
    field_goals_made integer,
    field_goals_attempted integer,
    field_goals_percentage character varying(100),
    field_goals_per_game character varying(100),
    field_goals_attempted_per_game character varying(100),
    field_goals_percentage_adjusted character varying(100),
    three_pointers_made integer,
    three_pointers_attempted integer,
    three_pointers_percentage character varying(100),
    three_pointers_per_game character varying(100),
    three_pointers_attempted_per_game character varying(100),
    free_throws_made character varying(100),
    free_throws_attempted character varying(100),
    free_throws_percentage character varying(100),
    free_throws_per_game character varying(100),
    free_throws_attempted_per_game character varying(100),
    points_scored_total character varying(100),
    points_scored_per_game character varying(100),
    assists_total character varying(100),
    assists_per_game character varying(100),
    turnovers_total character varying(100),
    turnovers_per_game character varying(100),
    points_scored_off_turnovers character varying(100),
    points_scored_in_paint character varying(100),
    points_scored_on_second_chance character varying(100),
    points_scored_on_fast_break character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.basketball_rebounding_stats (
    id integer NOT NULL,
    rebounds_total character varying(100),
    rebounds_per_game character varying(100),
    rebounds_defensive character varying(100),
    rebounds_offensive character varying(100),
    team_rebounds_total character varying(100),
    team_rebounds_per_game character varying(100),
    team_rebounds_defensive character varying(100),
    team_rebounds_offensive character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.basketball_team_stats (
    id integer NOT NULL,
    timeouts_left character varying(100),
    largest_lead character varying(100),
    fouls_total character varying(100),
    turnover_margin character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.bookmakers (
    id integer NOT NULL,
    bookmaker_key character varying(100),
    publisher_id integer NOT NULL,
    location_id integer,
    UNIQUE (id)
);
CREATE TABLE sportsdb.core_person_stats (
    id integer NOT NULL,
    time_played_event character varying(40),
    time_played_total character varying(40),
    time_played_event_average character varying(40),
    events_played integer,
    events_started integer,
    position_id integer,
    UNIQUE (id)
);
CREATE TABLE sportsdb.core_stats (
    id integer NOT NULL,
    score character varying(100),
    score_opposing character varying(100),
    score_attempts character varying(100),
    score_attempts_opposing character varying(100),
    score_percentage character varying(100),
    score_percentage_opposing character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.db_info (
    version character varying(100) NOT NULL
);
CREATE TABLE sportsdb.display_names (
    id integer NOT NULL,
    language character varying(100) NOT NULL,
    entity_type character varying(100) NOT NULL,
    entity_id integer NOT NULL,
    full_name character varying(100),
    first_name character varying(100),
    middle_name character varying(100),
    last_name character varying(100),
    alias character varying(100),
    abbreviation character varying(100),
    short_name character varying(100),
    prefix character varying(20),
    suffix character varying(20),
    UNIQUE (id)
);
CREATE TABLE sportsdb.document_classes (
    id integer NOT NULL,
    name character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.document_contents (
    id integer NOT NULL,
    document_id integer NOT NULL,
    sportsml character varying(200),
    abstract text,
    UNIQUE (id)
);
CREATE TABLE sportsdb.document_fixtures (
    id integer NOT NULL,
    fixture_key character varying(100),
    publisher_id integer NOT NULL,
    name character varying(100),
    document_class_id integer NOT NULL,
    UNIQUE (id)
);
CREATE TABLE sportsdb.document_fixtures_events (
    id integer NOT NULL,
    document_fixture_id integer NOT NULL,
    event_id integer NOT NULL,
    latest_document_id integer NOT NULL,
    last_update timestamp without time zone,
    UNIQUE (id)
);
CREATE TABLE sportsdb.document_package_entry (
    id integer NOT NULL,
    document_package_id integer NOT NULL,
    rank character varying(100),
    document_id integer NOT NULL,
    headline character varying(100),
    short_headline character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.document_packages (
    id integer NOT NULL,
    package_key character varying(100),
    package_name character varying(100),
    date_time date,
    UNIQUE (id)
);
CREATE TABLE sportsdb.documents (
    id integer NOT NULL,
    doc_id character varying(75) NOT NULL,
    publisher_id integer NOT NULL,
    date_time timestamp without time zone,
    title character varying(255),
    language character varying(100),
    priority character varying(100),
    revision_id character varying(75),
    stats_coverage character varying(100),
    document_fixture_id integer NOT NULL,
    source_id integer,
    db_loading_date_time timestamp without time zone,
    UNIQUE (id)
);
CREATE TABLE sportsdb.documents_media (
    id integer NOT NULL,
    document_id integer NOT NULL,
    media_id integer NOT NULL,
    media_caption_id integer NOT NULL,
    UNIQUE (id)
);
CREATE TABLE sportsdb.events (
    id integer NOT NULL,
    event_key character varying(100) NOT NULL,
    publisher_id integer NOT NULL,
    start_date_time timestamp without time zone,
    site_id integer,
    site_alignment character varying(100),
    event_status character varying(100),
    duration character varying(100),
    attendance character varying(100),
    last_update timestamp without time zone,
    UNIQUE (id)
);
CREATE TABLE sportsdb.events_documents (
    event_id integer NOT NULL,
    document_id integer NOT NULL
);
CREATE TABLE sportsdb.events_media (
    event_id integer NOT NULL,
    media_id integer NOT NULL
);
CREATE TABLE sportsdb.events_sub_seasons (
    event_id integer NOT NULL,
    sub_season_id integer NOT NULL
);
CREATE TABLE sportsdb.ice_hockey_action_participants (
    id integer NOT NULL,
    ice_hockey_action_play_id integer NOT NULL,
    person_id integer NOT NULL,
    participant_role character varying(100) NOT NULL,
    point_credit integer,
    UNIQUE (id)
);
CREATE TABLE sportsdb.ice_hockey_action_plays (
    id integer NOT NULL,
    ice_hockey_event_state_id integer NOT NULL,
    play_type character varying(100),
    score_attempt_type character varying(100),
    play_result character varying(100),
    comment character varying(255),
    UNIQUE (id)
);
CREATE TABLE sportsdb.ice_hockey_defensive_stats (
    id integer NOT NULL,
    shots_power_play_allowed character varying(100),
    shots_penalty_shot_allowed character varying(100),
    goals_power_play_allowed character varying(100),
    goals_penalty_shot_allowed character varying(100),
    goals_against_average character varying(100),
    saves character varying(100),
    save_percentage character varying(100),
    penalty_killing_amount character varying(100),
    penalty_killing_percentage character varying(100),
    shots_blocked character varying(100),
    takeaways character varying(100),
    shutouts character varying(100),
    minutes_penalty_killing character varying(100),
    hits character varying(100),
    goals_empty_net_allowed character varying(100),
    goals_short_handed_allowed character varying(100),
    goals_shootout_allowed character varying(100),
    shots_shootout_allowed character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.ice_hockey_event_states (
    id integer NOT NULL,
    event_id integer NOT NULL,
    current_state integer,
    sequence_number integer,
    period_value character varying(100),
    period_time_elapsed character varying(100),
    period_time_remaining character varying(100),
    context character varying(40),
    UNIQUE (id)
);
CREATE TABLE sportsdb.ice_hockey_offensive_stats (
    id integer NOT NULL,
    goals_game_winning character varying(100),
    goals_game_tying character varying(100),
    goals_power_play character varying(100),
    goals_short_handed character varying(100),
    goals_even_strength character varying(100),
    goals_empty_net character varying(100),
    goals_overtime character varying(100),
    goals_shootout character varying(100),
    goals_penalty_shot character varying(100),
    assists character varying(100),
    points character varying(100),
    power_play_amount character varying(100),
    power_play_percentage character varying(100),
    shots_penalty_shot_taken character varying(100),
    shots_penalty_shot_missed character varying(100),
    shots_penalty_shot_percentage character varying(100),
    giveaways character varying(100),
    minutes_power_play character varying(100),
    faceoff_wins character varying(100),
    faceoff_losses character varying(100),
    faceoff_win_percentage character varying(100),
    scoring_chances character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.ice_hockey_player_stats (
    id integer NOT NULL,
    plus_minus character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.injury_phases (
    id integer NOT NULL,
    person_id integer NOT NULL,
    injury_status character varying(100),
    injury_type character varying(100),
    injury_comment character varying(100),
    disabled_list character varying(100),
    start_date_time timestamp without time zone,
    end_date_time timestamp without time zone,
    season_id integer,
    phase_type character varying(100),
    injury_side character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.key_aliases (
    id integer NOT NULL,
    key_id integer NOT NULL,
    key_root_id integer NOT NULL,
    UNIQUE (id)
);
CREATE TABLE sportsdb.key_roots (
    id integer NOT NULL,
    key_type character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.latest_revisions (
    id integer NOT NULL,
    revision_id character varying(75) NOT NULL,
    latest_document_id integer NOT NULL,
    UNIQUE (id)
);
CREATE TABLE sportsdb.locations (
    id integer NOT NULL,
    timezone character varying(100),
    latitude character varying(100),
    longitude character varying(100),
    country_code character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.media (
    id integer NOT NULL,
    object_id integer,
    source_id integer,
    revision_id integer,
    media_type character varying(100),
    publisher_id integer NOT NULL,
    date_time character varying(100),
    credit_id integer NOT NULL,
    db_loading_date_time timestamp without time zone,
    creation_location_id integer NOT NULL,
    UNIQUE (id)
);
CREATE TABLE sportsdb.media_captions (
    id integer NOT NULL,
    media_id integer NOT NULL,
    caption_type character varying(100),
    caption character varying(100),
    caption_author_id integer NOT NULL,
    language character varying(100),
    caption_size character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.media_contents (
    id integer NOT NULL,
    media_id integer NOT NULL,
    object character varying(100),
    format character varying(100),
    mime_type character varying(100),
    height character varying(100),
    width character varying(100),
    duration character varying(100),
    file_size character varying(100),
    resolution character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.media_keywords (
    id integer NOT NULL,
    keyword character varying(100),
    media_id integer NOT NULL,
    UNIQUE (id)
);
CREATE TABLE sportsdb.motor_racing_event_states (
    id integer NOT NULL,
    event_id integer NOT NULL,
    current_state integer,
    sequence_number integer,
    lap character varying(100),
    laps_remaining character varying(100),
    time_elapsed character varying(100),
    flag_state character varying(100),
    context character varying(40),
    UNIQUE (id)
);
CREATE TABLE sportsdb.motor_racing_qualifying_stats (
    id integer NOT NULL,
    grid character varying(100),
    pole_position character varying(100),
    pole_wins character varying(100),
    qualifying_speed character varying(100),
    qualifying_speed_units character varying(100),
    qualifying_time character varying(100),
    qualifying_position character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.motor_racing_race_stats (
    id integer NOT NULL,
    time_behind_leader character varying(100),
    laps_behind_leader character varying(100),
    time_ahead_follower character varying(100),
    laps_ahead_follower character varying(100),
    time character varying(100),
    points character varying(100),
    points_rookie character varying(100),
    bonus character varying(100),
    laps_completed character varying(100),
    laps_leading_total character varying(100),
    distance_leading character varying(100),
    distance_completed character varying(100),
    distance_units character varying(40),
    speed_average character varying(40),
    speed_units character varying(40),
    status character varying(40),
    finishes_top_5 character varying(40),
    finishes_top_10 character varying(40),
    starts character varying(40),
    finishes character varying(40),
    non_finishes character varying(40),
    wins character varying(40),
    races_leading character varying(40),
    money character varying(40),
    money_units character varying(40),
    leads_total character varying(40),
    UNIQUE (id)
);
CREATE TABLE sportsdb.outcome_totals (
    id integer NOT NULL,
    standing_subgroup_id integer NOT NULL,
    outcome_holder_type character varying(100),
    outcome_holder_id integer,
    rank character varying(100),
    wins character varying(100),
    losses character varying(100),
    ties character varying(100),
    undecideds character varying(100),
    winning_percentage character varying(100),
    points_scored_for character varying(100),
    points_scored_against character varying(100),
    points_difference character varying(100),
    standing_points character varying(100),
    streak_type character varying(100),
    streak_duration character varying(100),
    streak_total character varying(100),
    streak_start date,
    streak_end date,
    UNIQUE (id)
);
CREATE TABLE sportsdb.participants_events (
    id integer NOT NULL,
    participant_type character varying(100) NOT NULL,
    participant_id integer NOT NULL,
    event_id integer NOT NULL,
    alignment character varying(100),
    score character varying(100),
    event_outcome character varying(100),
    rank integer,
    UNIQUE (id)
);
CREATE TABLE sportsdb.periods (
    id integer NOT NULL,
    participant_event_id integer NOT NULL,
    period_value character varying(100),
    score character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.person_event_metadata (
    id integer NOT NULL,
    person_id integer NOT NULL,
    event_id integer NOT NULL,
    status character varying(100),
    health character varying(100),
    weight character varying(100),
    role_id integer,
    position_id integer,
    team_id integer,
    lineup_slot integer,
    lineup_slot_sequence integer,
    UNIQUE (id)
);
CREATE TABLE sportsdb.person_phases (
    id integer NOT NULL,
    person_id integer NOT NULL,
    membership_type character varying(40) NOT NULL,
    membership_id integer NOT NULL,
    role_id integer,
    role_status character varying(40),
    phase_status character varying(40),
    uniform_number character varying(20),
    regular_position_id integer,
    regular_position_depth character varying(40),
    height character varying(100),
    weight character varying(100),
    start_date_time timestamp without time zone,
    start_season_id integer,
    end_date_time timestamp without time zone,
    end_season_id integer,
    entry_reason character varying(40),
    exit_reason character varying(40),
    selection_level integer,
    selection_sublevel integer,
    selection_overall integer,
    UNIQUE (id)
);
CREATE TABLE sportsdb.persons (
    id integer NOT NULL,
    person_key character varying(100) NOT NULL,
    publisher_id integer NOT NULL,
    gender character varying(20),
    birth_date character varying(30),
    death_date character varying(30),
    birth_location_id integer,
    hometown_location_id integer,
    residence_location_id integer,
    death_location_id integer,
    UNIQUE (id)
);
CREATE TABLE sportsdb.persons_documents (
    person_id integer NOT NULL,
    document_id integer NOT NULL
);
CREATE TABLE sportsdb.persons_media (
    person_id integer NOT NULL,
    media_id integer NOT NULL
);
CREATE TABLE sportsdb.positions (
    id integer NOT NULL,
    affiliation_id integer NOT NULL,
    abbreviation character varying(100) NOT NULL,
    UNIQUE (id)
);
CREATE TABLE sportsdb.publishers (
    id integer NOT NULL,
    publisher_key character varying(100) NOT NULL,
    publisher_name character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.roles (
    id integer NOT NULL,
    role_key character varying(100) NOT NULL,
    role_name character varying(100),
    comment character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.seasons (
    id integer NOT NULL,
    season_key integer NOT NULL,
    publisher_id integer NOT NULL,
    league_id integer NOT NULL,
    start_date_time timestamp without time zone,
    end_date_time timestamp without time zone,
    UNIQUE (id)
);
CREATE TABLE sportsdb.sites (
    id integer NOT NULL,
    site_key integer NOT NULL,
    publisher_id integer NOT NULL,
    location_id integer,
    UNIQUE (id)
);
CREATE TABLE sportsdb.soccer_defensive_stats (
    id integer NOT NULL,
    shots_penalty_shot_allowed character varying(100),
    goals_penalty_shot_allowed character varying(100),
    goals_against_average character varying(100),
    goals_against_total character varying(100),
    saves character varying(100),
    save_percentage character varying(100),
    catches_punches character varying(100),
    shots_on_goal_total character varying(100),
    shots_shootout_total character varying(100),
    shots_shootout_allowed character varying(100),
    shots_blocked character varying(100),
    shutouts character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.soccer_event_states (
    id integer NOT NULL,
    event_id integer NOT NULL,
    current_state integer,
    sequence_number integer,
    period_value character varying(100),
    period_time_elapsed character varying(100),
    period_time_remaining character varying(100),
    minutes_elapsed character varying(100),
    period_minute_elapsed character varying(100),
    context character varying(40),
    UNIQUE (id)
);
CREATE TABLE sportsdb.soccer_foul_stats (
    id integer NOT NULL,
    fouls_suffered character varying(100),
    fouls_commited character varying(100),
    cautions_total character varying(100),
    cautions_pending character varying(100),
    caution_points_total character varying(100),
    caution_points_pending character varying(100),
    ejections_total character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.soccer_offensive_stats (
    id integer NOT NULL,
    goals_game_winning character varying(100),
    goals_game_tying character varying(100),
    goals_overtime character varying(100),
    goals_shootout character varying(100),
    goals_total character varying(100),
    assists_game_winning character varying(100),
    assists_game_tying character varying(100),
    assists_overtime character varying(100),
    assists_total character varying(100),
    points character varying(100),
    shots_total character varying(100),
    shots_on_goal_total character varying(100),
    shots_hit_frame character varying(100),
    shots_penalty_shot_taken character varying(100),
    shots_penalty_shot_scored character varying(100),
    shots_penalty_shot_missed character varying(40),
    shots_penalty_shot_percentage character varying(40),
    shots_shootout_taken character varying(40),
    shots_shootout_scored character varying(40),
    shots_shootout_missed character varying(40),
    shots_shootout_percentage character varying(40),
    giveaways character varying(40),
    offsides character varying(40),
    corner_kicks character varying(40),
    hat_tricks character varying(40),
    UNIQUE (id)
);
CREATE TABLE sportsdb.standing_subgroups (
    id integer NOT NULL,
    standing_id integer NOT NULL,
    affiliation_id integer NOT NULL,
    UNIQUE (id)
);
CREATE TABLE sportsdb.standings (
    id integer NOT NULL,
    affiliation_id integer NOT NULL,
    standing_type character varying(100),
    sub_season_id integer NOT NULL,
    last_updated character varying(100),
    duration_scope character varying(100),
    competition_scope character varying(100),
    competition_scope_id character varying(100),
    alignment_scope character varying(100),
    site_scope character varying(100),
    scoping_label character varying(100),
    publisher_id integer NOT NULL,
    source character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.stats (
    id integer NOT NULL,
    stat_repository_type character varying(100),
    stat_repository_id integer NOT NULL,
    stat_holder_type character varying(100),
    stat_holder_id integer,
    stat_coverage_type character varying(100),
    stat_coverage_id integer,
    context character varying(40) NOT NULL,
    UNIQUE (id)
);
CREATE TABLE sportsdb.sub_periods (
    id integer NOT NULL,
    period_id integer NOT NULL,
    sub_period_value character varying(100),
    score character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.sub_seasons (
    id integer NOT NULL,
    sub_season_key character varying(100) NOT NULL,
    season_id integer NOT NULL,
    sub_season_type character varying(100) NOT NULL,
    start_date_time timestamp without time zone,
    end_date_time timestamp without time zone,
    UNIQUE (id)
);
CREATE TABLE sportsdb.team_american_football_stats (
    id integer NOT NULL,
    yards_per_attempt character varying(100),
    average_starting_position character varying(100),
    timeouts character varying(100),
    time_of_possession character varying(100),
    turnover_ratio character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.team_phases (
    id integer NOT NULL,
    team_id integer NOT NULL,
    start_season_id integer,
    end_season_id integer,
    affiliation_id integer NOT NULL,
    start_date_time character varying(100),
    end_date_time character varying(100),
    phase_status character varying(40),
    role_id integer,
    UNIQUE (id)
);
CREATE TABLE sportsdb.teams (
    id integer NOT NULL,
    team_key character varying(100) NOT NULL,
    publisher_id integer NOT NULL,
    home_site_id integer,
    UNIQUE (id)
);
CREATE TABLE sportsdb.teams_documents (
    team_id integer NOT NULL,
    document_id integer NOT NULL
);
CREATE TABLE sportsdb.teams_media (
    team_id integer NOT NULL,
    media_id integer NOT NULL
);
CREATE TABLE sportsdb.tennis_action_points (
    id integer NOT NULL,
    sub_period_id character varying(100),
    sequence_number character varying(100),
    win_type character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.tennis_action_volleys (
    id integer NOT NULL,
    sequence_number character varying(100),
    tennis_action_points_id integer,
    landing_location character varying(100),
    swing_type character varying(100),
    result character varying(100),
    spin_type character varying(100),
    trajectory_details character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.tennis_event_states (
    id integer NOT NULL,
    event_id integer NOT NULL,
    current_state integer,
    sequence_number integer,
    tennis_set character varying(100),
    game character varying(100),
    server_person_id integer,
    server_score character varying(100),
    receiver_person_id integer,
    receiver_score character varying(100),
    service_number character varying(100),
    context character varying(40),
    UNIQUE (id)
);
CREATE TABLE sportsdb.tennis_return_stats (
    id integer NOT NULL,
    returns_played character varying(100),
    matches_played character varying(100),
    first_service_return_points_won character varying(100),
    first_service_return_points_won_pct character varying(100),
    second_service_return_points_won character varying(100),
    second_service_return_points_won_pct character varying(100),
    return_games_played character varying(100),
    return_games_won character varying(100),
    return_games_won_pct character varying(100),
    break_points_played character varying(100),
    break_points_converted character varying(100),
    break_points_converted_pct character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.tennis_service_stats (
    id integer NOT NULL,
    services_played character varying(100),
    matches_played character varying(100),
    aces character varying(100),
    first_services_good character varying(100),
    first_services_good_pct character varying(100),
    first_service_points_won character varying(100),
    first_service_points_won_pct character varying(100),
    second_service_points_won character varying(100),
    second_service_points_won_pct character varying(100),
    service_games_played character varying(100),
    service_games_won character varying(100),
    service_games_won_pct character varying(100),
    break_points_played character varying(100),
    break_points_saved character varying(100),
    break_points_saved_pct character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.wagering_moneylines (
    id integer NOT NULL,
    bookmaker_id integer NOT NULL,
    event_id integer NOT NULL,
    date_time timestamp without time zone,
    team_id integer NOT NULL,
    person_id integer,
    rotation_key character varying(100),
    comment character varying(100),
    vigorish character varying(100),
    line character varying(100),
    line_opening character varying(100),
    prediction character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.wagering_odds_lines (
    id integer NOT NULL,
    bookmaker_id integer NOT NULL,
    event_id integer NOT NULL,
    date_time timestamp without time zone,
    team_id integer NOT NULL,
    person_id integer,
    rotation_key character varying(100),
    comment character varying(100),
    numerator character varying(100),
    denominator character varying(100),
    prediction character varying(100),
    payout_calculation character varying(100),
    payout_amount character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.wagering_runlines (
    id integer NOT NULL,
    bookmaker_id integer NOT NULL,
    event_id integer NOT NULL,
    date_time timestamp without time zone,
    team_id integer NOT NULL,
    person_id integer,
    rotation_key character varying(100),
    comment character varying(100),
    vigorish character varying(100),
    line character varying(100),
    line_opening character varying(100),
    line_value character varying(100),
    prediction character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.wagering_straight_spread_lines (
    id integer NOT NULL,
    bookmaker_id integer NOT NULL,
    event_id integer NOT NULL,
    date_time timestamp without time zone,
    team_id integer NOT NULL,
    person_id integer,
    rotation_key character varying(100),
    comment character varying(100),
    vigorish character varying(100),
    line_value character varying(100),
    line_value_opening character varying(100),
    prediction character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.wagering_total_score_lines (
    id integer NOT NULL,
    bookmaker_id integer NOT NULL,
    event_id integer NOT NULL,
    date_time timestamp without time zone,
    team_id integer NOT NULL,
    person_id integer,
    rotation_key character varying(100),
    comment character varying(100),
    vigorish character varying(100),
    line_over character varying(100),
    line_under character varying(100),
    total character varying(100),
    total_opening character varying(100),
    prediction character varying(100),
    UNIQUE (id)
);
CREATE TABLE sportsdb.weather_conditions (
    id integer NOT NULL,
    event_id integer NOT NULL,
    temperature character varying(100),
    temperature_units character varying(40),
    humidity character varying(100),
    clouds character varying(100),
    wind_direction character varying(100),
    wind_velocity character varying(100),
    weather_code character varying(100),
    UNIQUE (id)
);
ALTER TABLE sportsdb.addresses ADD CONSTRAINT fk_add_loc_id__loc_id FOREIGN KEY (location_id) REFERENCES sportsdb.locations(id);
ALTER TABLE sportsdb.affiliation_phases ADD CONSTRAINT fk_affiliations_affiliation_phases FOREIGN KEY (affiliation_id) REFERENCES sportsdb.affiliations(id);
ALTER TABLE sportsdb.affiliation_phases ADD CONSTRAINT fk_affiliations_affiliation_phases1 FOREIGN KEY (ancestor_affiliation_id) REFERENCES sportsdb.affiliations(id);
ALTER TABLE sportsdb.affiliation_phases ADD CONSTRAINT fk_seasons_affiliation_phases FOREIGN KEY (start_season_id) REFERENCES sportsdb.seasons(id);
ALTER TABLE sportsdb.affiliation_phases ADD CONSTRAINT fk_seasons_affiliation_phases1 FOREIGN KEY (end_season_id) REFERENCES sportsdb.seasons(id);
ALTER TABLE sportsdb.affiliations ADD CONSTRAINT fk_aff_pub_id__pub_id FOREIGN KEY (publisher_id) REFERENCES sportsdb.publishers(id);
ALTER TABLE sportsdb.affiliations_documents ADD CONSTRAINT fk_aff_doc_aff_id__aff_id FOREIGN KEY (affiliation_id) REFERENCES sportsdb.affiliations(id);
ALTER TABLE sportsdb.affiliations_documents ADD CONSTRAINT fk_aff_doc_doc_id__doc_id FOREIGN KEY (document_id) REFERENCES sportsdb.documents(id);
ALTER TABLE sportsdb.affiliations_events ADD CONSTRAINT fk_aff_eve_aff_id__aff_id FOREIGN KEY (affiliation_id) REFERENCES sportsdb.affiliations(id);
ALTER TABLE sportsdb.affiliations_events ADD CONSTRAINT fk_aff_eve_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.affiliations_media ADD CONSTRAINT fk_aff_med_aff_id__aff_id FOREIGN KEY (affiliation_id) REFERENCES sportsdb.affiliations(id);
ALTER TABLE sportsdb.affiliations_media ADD CONSTRAINT fk_aff_med_med_id__med_id FOREIGN KEY (media_id) REFERENCES sportsdb.media(id);
ALTER TABLE sportsdb.american_football_action_participants ADD CONSTRAINT fk_ame_foo_act_par_ame_foo_act_pla_id__ame_foo_act_pla_id FOREIGN KEY (american_football_action_play_id) REFERENCES sportsdb.american_football_action_plays(id);
ALTER TABLE sportsdb.american_football_action_participants ADD CONSTRAINT fk_ame_foo_act_par_per_id__per_id FOREIGN KEY (person_id) REFERENCES sportsdb.persons(id);
ALTER TABLE sportsdb.american_football_action_plays ADD CONSTRAINT fk_ame_foo_act_pla_ame_foo_eve_sta_id__ame_foo_eve_sta_id FOREIGN KEY (american_football_event_state_id) REFERENCES sportsdb.american_football_event_states(id);
ALTER TABLE sportsdb.american_football_event_states ADD CONSTRAINT fk_ame_foo_eve_sta_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.american_football_event_states ADD CONSTRAINT fk_ame_foo_eve_sta_tea_in_pos_id__tea_id FOREIGN KEY (team_in_possession_id) REFERENCES sportsdb.teams(id);
ALTER TABLE sportsdb.baseball_action_contact_details ADD CONSTRAINT fk_bas_act_con_det_bas_act_pit_id__bas_act_pit_id FOREIGN KEY (baseball_action_pitch_id) REFERENCES sportsdb.baseball_action_pitches(id);
ALTER TABLE sportsdb.baseball_action_pitches ADD CONSTRAINT fk_bas_act_pit_bas_def_gro_id__bas_def_gro_id FOREIGN KEY (baseball_defensive_group_id) REFERENCES sportsdb.baseball_defensive_group(id);
ALTER TABLE sportsdb.baseball_action_pitches ADD CONSTRAINT fk_baseball_action_plays_baseball_action_pitches FOREIGN KEY (baseball_action_play_id) REFERENCES sportsdb.baseball_action_plays(id);
ALTER TABLE sportsdb.baseball_action_plays ADD CONSTRAINT fk_bas_act_pla_bas_eve_sta_id__bas_eve_sta_id FOREIGN KEY (baseball_event_state_id) REFERENCES sportsdb.baseball_event_states(id);
ALTER TABLE sportsdb.baseball_action_substitutions ADD CONSTRAINT fk_bas_act_sub_bas_eve_sta_id__bas_eve_sta_id FOREIGN KEY (baseball_event_state_id) REFERENCES sportsdb.baseball_event_states(id);
ALTER TABLE sportsdb.baseball_action_substitutions ADD CONSTRAINT fk_bas_act_sub_per_ori_id__per_id FOREIGN KEY (person_original_id) REFERENCES sportsdb.persons(id);
ALTER TABLE sportsdb.baseball_action_substitutions ADD CONSTRAINT fk_bas_act_sub_per_ori_pos_id__pos_id FOREIGN KEY (person_original_position_id) REFERENCES sportsdb.positions(id);
ALTER TABLE sportsdb.baseball_action_substitutions ADD CONSTRAINT fk_bas_act_sub_per_rep_id__per_id FOREIGN KEY (person_replacing_id) REFERENCES sportsdb.persons(id);
ALTER TABLE sportsdb.baseball_action_substitutions ADD CONSTRAINT fk_bas_act_sub_per_rep_pos_id__pos_id FOREIGN KEY (person_replacing_position_id) REFERENCES sportsdb.positions(id);
ALTER TABLE sportsdb.baseball_defensive_players ADD CONSTRAINT fk_bas_def_pla_bas_def_gro_id__bas_def_gro_id FOREIGN KEY (baseball_defensive_group_id) REFERENCES sportsdb.baseball_defensive_group(id);
ALTER TABLE sportsdb.baseball_defensive_players ADD CONSTRAINT fk_bas_def_pla_pla_id__per_id FOREIGN KEY (player_id) REFERENCES sportsdb.persons(id);
ALTER TABLE sportsdb.baseball_defensive_players ADD CONSTRAINT fk_bas_def_pla_pos_id__pos_id FOREIGN KEY (position_id) REFERENCES sportsdb.positions(id);
ALTER TABLE sportsdb.baseball_event_states ADD CONSTRAINT fk_bas_eve_sta_bat_id__per_id FOREIGN KEY (batter_id) REFERENCES sportsdb.persons(id);
ALTER TABLE sportsdb.baseball_event_states ADD CONSTRAINT fk_bas_eve_sta_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.baseball_event_states ADD CONSTRAINT fk_bas_eve_sta_pit_id__per_id FOREIGN KEY (pitcher_id) REFERENCES sportsdb.persons(id);
ALTER TABLE sportsdb.baseball_event_states ADD CONSTRAINT fk_bas_eve_sta_run_on_fir_id__per_id FOREIGN KEY (runner_on_first_id) REFERENCES sportsdb.persons(id);
ALTER TABLE sportsdb.baseball_event_states ADD CONSTRAINT fk_bas_eve_sta_run_on_sec_id__per_id FOREIGN KEY (runner_on_second_id) REFERENCES sportsdb.persons(id);
ALTER TABLE sportsdb.baseball_event_states ADD CONSTRAINT fk_bas_eve_sta_run_on_thi_id__per_id FOREIGN KEY (runner_on_third_id) REFERENCES sportsdb.persons(id);
ALTER TABLE sportsdb.basketball_event_states ADD CONSTRAINT fk_bask_eve_sta_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.bookmakers ADD CONSTRAINT fk_boo_loc_id__loc_id FOREIGN KEY (location_id) REFERENCES sportsdb.locations(id);
ALTER TABLE sportsdb.bookmakers ADD CONSTRAINT fk_boo_pub_id__pub_id FOREIGN KEY (publisher_id) REFERENCES sportsdb.publishers(id);
ALTER TABLE sportsdb.core_person_stats ADD CONSTRAINT fk_cor_per_sta_pos_id__pos_id FOREIGN KEY (position_id) REFERENCES sportsdb.positions(id);
ALTER TABLE sportsdb.document_contents ADD CONSTRAINT fk_doc_con_doc_id__doc_id FOREIGN KEY (document_id) REFERENCES sportsdb.documents(id);
ALTER TABLE sportsdb.document_fixtures ADD CONSTRAINT fk_doc_fix_doc_cla_id__doc_cla_id FOREIGN KEY (document_class_id) REFERENCES sportsdb.document_classes(id);
ALTER TABLE sportsdb.document_fixtures ADD CONSTRAINT fk_doc_fix_pub_id__pub_id FOREIGN KEY (publisher_id) REFERENCES sportsdb.publishers(id);
ALTER TABLE sportsdb.document_fixtures_events ADD CONSTRAINT fk_doc_fix_eve_doc_fix_id__doc_fix_id FOREIGN KEY (document_fixture_id) REFERENCES sportsdb.document_fixtures(id);
ALTER TABLE sportsdb.document_fixtures_events ADD CONSTRAINT fk_doc_fix_eve_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.document_fixtures_events ADD CONSTRAINT fk_doc_fix_eve_lat_doc_id__doc_id FOREIGN KEY (latest_document_id) REFERENCES sportsdb.documents(id);
ALTER TABLE sportsdb.document_package_entry ADD CONSTRAINT fk_doc_pac_ent_doc_id__doc_id FOREIGN KEY (document_id) REFERENCES sportsdb.documents(id);
ALTER TABLE sportsdb.document_package_entry ADD CONSTRAINT fk_doc_pac_ent_doc_pac_id__doc_pac_id FOREIGN KEY (document_package_id) REFERENCES sportsdb.document_packages(id);
ALTER TABLE sportsdb.documents ADD CONSTRAINT fk_doc_doc_fix_id__doc_fix_id FOREIGN KEY (document_fixture_id) REFERENCES sportsdb.document_fixtures(id);
ALTER TABLE sportsdb.documents ADD CONSTRAINT fk_doc_pub_id__pub_id FOREIGN KEY (publisher_id) REFERENCES sportsdb.publishers(id);
ALTER TABLE sportsdb.documents ADD CONSTRAINT fk_doc_sou_id__pub_id FOREIGN KEY (source_id) REFERENCES sportsdb.publishers(id);
ALTER TABLE sportsdb.documents_media ADD CONSTRAINT fk_doc_med_doc_id__doc_id FOREIGN KEY (document_id) REFERENCES sportsdb.documents(id);
ALTER TABLE sportsdb.documents_media ADD CONSTRAINT fk_doc_med_med_cap_id__med_cap_id FOREIGN KEY (media_caption_id) REFERENCES sportsdb.media_captions(id);
ALTER TABLE sportsdb.documents_media ADD CONSTRAINT fk_doc_med_med_id__med_id FOREIGN KEY (media_id) REFERENCES sportsdb.media(id);
ALTER TABLE sportsdb.events ADD CONSTRAINT fk_eve_pub_id__pub_id FOREIGN KEY (publisher_id) REFERENCES sportsdb.publishers(id);
ALTER TABLE sportsdb.events ADD CONSTRAINT fk_eve_sit_id__sit_id FOREIGN KEY (site_id) REFERENCES sportsdb.sites(id);
ALTER TABLE sportsdb.events_documents ADD CONSTRAINT fk_eve_doc_doc_id__doc_id FOREIGN KEY (document_id) REFERENCES sportsdb.documents(id);
ALTER TABLE sportsdb.events_documents ADD CONSTRAINT fk_eve_doc_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.events_media ADD CONSTRAINT fk_eve_med_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.events_media ADD CONSTRAINT fk_eve_med_med_id__med_id FOREIGN KEY (media_id) REFERENCES sportsdb.media(id);
ALTER TABLE sportsdb.events_sub_seasons ADD CONSTRAINT fk_eve_sub_sea_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.events_sub_seasons ADD CONSTRAINT fk_eve_sub_sea_sub_sea_id__sub_sea_id FOREIGN KEY (sub_season_id) REFERENCES sportsdb.sub_seasons(id);
ALTER TABLE sportsdb.ice_hockey_event_states ADD CONSTRAINT fk_ice_hoc_eve_sta_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.injury_phases ADD CONSTRAINT fk_inj_pha_per_id__per_id FOREIGN KEY (person_id) REFERENCES sportsdb.persons(id);
ALTER TABLE sportsdb.injury_phases ADD CONSTRAINT fk_inj_pha_sea_id__sea_id FOREIGN KEY (season_id) REFERENCES sportsdb.seasons(id);
ALTER TABLE sportsdb.key_aliases ADD CONSTRAINT fk_key_roots_key_aliases FOREIGN KEY (key_root_id) REFERENCES sportsdb.key_roots(id);
ALTER TABLE sportsdb.latest_revisions ADD CONSTRAINT fk_lat_rev_lat_doc_id__doc_id FOREIGN KEY (latest_document_id) REFERENCES sportsdb.documents(id);
ALTER TABLE sportsdb.media ADD CONSTRAINT fk_med_cre_id__per_id FOREIGN KEY (credit_id) REFERENCES sportsdb.persons(id);
ALTER TABLE sportsdb.media ADD CONSTRAINT fk_med_cre_loc_id__loc_id FOREIGN KEY (creation_location_id) REFERENCES sportsdb.locations(id);
ALTER TABLE sportsdb.media ADD CONSTRAINT fk_med_pub_id__pub_id FOREIGN KEY (publisher_id) REFERENCES sportsdb.publishers(id);
ALTER TABLE sportsdb.media_captions ADD CONSTRAINT fk_med_cap_cap_aut_id__per_id FOREIGN KEY (caption_author_id) REFERENCES sportsdb.persons(id);
ALTER TABLE sportsdb.media_captions ADD CONSTRAINT fk_med_cap_med_id__med_id FOREIGN KEY (media_id) REFERENCES sportsdb.media(id);
ALTER TABLE sportsdb.media_contents ADD CONSTRAINT fk_med_con_med_id__med_id FOREIGN KEY (media_id) REFERENCES sportsdb.media(id);
ALTER TABLE sportsdb.media_keywords ADD CONSTRAINT fk_med_key_med_id__med_id FOREIGN KEY (media_id) REFERENCES sportsdb.media(id);
ALTER TABLE sportsdb.motor_racing_event_states ADD CONSTRAINT fk_mot_rac_eve_sta_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.outcome_totals ADD CONSTRAINT fk_out_tot_sta_sub_id__sta_sub_id FOREIGN KEY (standing_subgroup_id) REFERENCES sportsdb.standing_subgroups(id);
ALTER TABLE sportsdb.participants_events ADD CONSTRAINT fk_par_eve_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.periods ADD CONSTRAINT fk_per_par_eve_id__par_eve_id FOREIGN KEY (participant_event_id) REFERENCES sportsdb.participants_events(id);
ALTER TABLE sportsdb.person_event_metadata ADD CONSTRAINT fk_per_eve_met_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.person_event_metadata ADD CONSTRAINT fk_per_eve_met_per_id__per_id FOREIGN KEY (person_id) REFERENCES sportsdb.persons(id);
ALTER TABLE sportsdb.person_event_metadata ADD CONSTRAINT fk_per_eve_met_pos_id__pos_id FOREIGN KEY (position_id) REFERENCES sportsdb.positions(id);
ALTER TABLE sportsdb.person_event_metadata ADD CONSTRAINT fk_per_eve_met_rol_id__rol_id FOREIGN KEY (role_id) REFERENCES sportsdb.roles(id);
ALTER TABLE sportsdb.person_event_metadata ADD CONSTRAINT fk_per_eve_met_tea_id__tea_id FOREIGN KEY (team_id) REFERENCES sportsdb.teams(id);
ALTER TABLE sportsdb.person_phases ADD CONSTRAINT fk_per_pha_end_sea_id__sea_id FOREIGN KEY (end_season_id) REFERENCES sportsdb.seasons(id);
ALTER TABLE sportsdb.person_phases ADD CONSTRAINT fk_per_pha_per_id__per_id FOREIGN KEY (person_id) REFERENCES sportsdb.persons(id);
ALTER TABLE sportsdb.person_phases ADD CONSTRAINT fk_per_pha_reg_pos_id__pos_id FOREIGN KEY (regular_position_id) REFERENCES sportsdb.positions(id);
ALTER TABLE sportsdb.person_phases ADD CONSTRAINT fk_per_pha_rol_id__rol_id FOREIGN KEY (role_id) REFERENCES sportsdb.roles(id);
ALTER TABLE sportsdb.person_phases ADD CONSTRAINT fk_per_pha_sta_sea_id__sea_id FOREIGN KEY (start_season_id) REFERENCES sportsdb.seasons(id);
ALTER TABLE sportsdb.persons ADD CONSTRAINT fk_per_bir_loc_id__loc_id FOREIGN KEY (birth_location_id) REFERENCES sportsdb.locations(id);
ALTER TABLE sportsdb.persons ADD CONSTRAINT fk_per_dea_loc_id__loc_id FOREIGN KEY (death_location_id) REFERENCES sportsdb.locations(id);
ALTER TABLE sportsdb.persons ADD CONSTRAINT fk_per_hom_loc_id__loc_id FOREIGN KEY (hometown_location_id) REFERENCES sportsdb.locations(id);
ALTER TABLE sportsdb.persons ADD CONSTRAINT fk_per_pub_id__pub_id FOREIGN KEY (publisher_id) REFERENCES sportsdb.publishers(id);
ALTER TABLE sportsdb.persons ADD CONSTRAINT fk_per_res_loc_id__loc_id FOREIGN KEY (residence_location_id) REFERENCES sportsdb.locations(id);
ALTER TABLE sportsdb.persons_documents ADD CONSTRAINT fk_per_doc_doc_id__doc_id FOREIGN KEY (document_id) REFERENCES sportsdb.documents(id);
ALTER TABLE sportsdb.persons_documents ADD CONSTRAINT fk_per_doc_per_id__per_id FOREIGN KEY (person_id) REFERENCES sportsdb.persons(id);
ALTER TABLE sportsdb.persons_media ADD CONSTRAINT fk_per_med_med_id__med_id FOREIGN KEY (media_id) REFERENCES sportsdb.media(id);
ALTER TABLE sportsdb.persons_media ADD CONSTRAINT fk_per_med_per_id__per_id FOREIGN KEY (person_id) REFERENCES sportsdb.persons(id);
ALTER TABLE sportsdb.positions ADD CONSTRAINT fk_pos_aff_id__aff_id FOREIGN KEY (affiliation_id) REFERENCES sportsdb.affiliations(id);
ALTER TABLE sportsdb.seasons ADD CONSTRAINT fk_sea_lea_id__aff_id FOREIGN KEY (league_id) REFERENCES sportsdb.affiliations(id);
ALTER TABLE sportsdb.seasons ADD CONSTRAINT fk_sea_pub_id__pub_id FOREIGN KEY (publisher_id) REFERENCES sportsdb.publishers(id);
ALTER TABLE sportsdb.sites ADD CONSTRAINT fk_sit_loc_id__loc_id FOREIGN KEY (location_id) REFERENCES sportsdb.locations(id);
ALTER TABLE sportsdb.sites ADD CONSTRAINT fk_sit_pub_id__pub_id FOREIGN KEY (publisher_id) REFERENCES sportsdb.publishers(id);
ALTER TABLE sportsdb.soccer_event_states ADD CONSTRAINT fk_soc_eve_sta_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.standing_subgroups ADD CONSTRAINT fk_sta_sub_aff_id__aff_id FOREIGN KEY (affiliation_id) REFERENCES sportsdb.affiliations(id);
ALTER TABLE sportsdb.standing_subgroups ADD CONSTRAINT fk_sta_sub_sta_id__sta_id FOREIGN KEY (standing_id) REFERENCES sportsdb.standings(id);
ALTER TABLE sportsdb.standings ADD CONSTRAINT fk_sta_aff_id__aff_id FOREIGN KEY (affiliation_id) REFERENCES sportsdb.affiliations(id);
ALTER TABLE sportsdb.standings ADD CONSTRAINT fk_sta_pub_id__pub_id FOREIGN KEY (publisher_id) REFERENCES sportsdb.publishers(id);
ALTER TABLE sportsdb.standings ADD CONSTRAINT fk_sta_sub_sea_id__sub_sea_id FOREIGN KEY (sub_season_id) REFERENCES sportsdb.sub_seasons(id);
ALTER TABLE sportsdb.sub_periods ADD CONSTRAINT fk_sub_per_per_id__per_id FOREIGN KEY (period_id) REFERENCES sportsdb.periods(id);
ALTER TABLE sportsdb.sub_seasons ADD CONSTRAINT fk_sub_sea_sea_id__sea_id FOREIGN KEY (season_id) REFERENCES sportsdb.seasons(id);
ALTER TABLE sportsdb.team_phases ADD CONSTRAINT fk_tea_aff_pha_aff_id__aff_id FOREIGN KEY (affiliation_id) REFERENCES sportsdb.affiliations(id);
ALTER TABLE sportsdb.team_phases ADD CONSTRAINT fk_tea_aff_pha_end_sea_id__sea_id FOREIGN KEY (end_season_id) REFERENCES sportsdb.seasons(id);
ALTER TABLE sportsdb.team_phases ADD CONSTRAINT fk_tea_aff_pha_rol_id__rol_id FOREIGN KEY (role_id) REFERENCES sportsdb.roles(id);
ALTER TABLE sportsdb.team_phases ADD CONSTRAINT fk_tea_aff_pha_sta_sea_id__sea_id FOREIGN KEY (start_season_id) REFERENCES sportsdb.seasons(id);
ALTER TABLE sportsdb.team_phases ADD CONSTRAINT fk_tea_aff_pha_tea_id__tea_id FOREIGN KEY (team_id) REFERENCES sportsdb.teams(id);
ALTER TABLE sportsdb.teams ADD CONSTRAINT fk_tea_hom_sit_id__sit_id FOREIGN KEY (home_site_id) REFERENCES sportsdb.sites(id);
ALTER TABLE sportsdb.teams ADD CONSTRAINT fk_tea_pub_id__pub_id FOREIGN KEY (publisher_id) REFERENCES sportsdb.publishers(id);
ALTER TABLE sportsdb.teams_documents ADD CONSTRAINT fk_tea_doc_doc_id__doc_id FOREIGN KEY (document_id) REFERENCES sportsdb.documents(id);
ALTER TABLE sportsdb.teams_documents ADD CONSTRAINT fk_tea_doc_tea_id__tea_id FOREIGN KEY (team_id) REFERENCES sportsdb.teams(id);
ALTER TABLE sportsdb.teams_media ADD CONSTRAINT fk_tea_med_med_id__med_id FOREIGN KEY (media_id) REFERENCES sportsdb.media(id);
ALTER TABLE sportsdb.teams_media ADD CONSTRAINT fk_tea_med_tea_id__tea_id FOREIGN KEY (team_id) REFERENCES sportsdb.teams(id);
ALTER TABLE sportsdb.tennis_event_states ADD CONSTRAINT fk_ten_eve_sta_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.wagering_moneylines ADD CONSTRAINT fk_wag_mon_boo_id__boo_id FOREIGN KEY (bookmaker_id) REFERENCES sportsdb.bookmakers(id);
ALTER TABLE sportsdb.wagering_moneylines ADD CONSTRAINT fk_wag_mon_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.wagering_moneylines ADD CONSTRAINT fk_wag_mon_tea_id__tea_id FOREIGN KEY (team_id) REFERENCES sportsdb.teams(id);
ALTER TABLE sportsdb.wagering_odds_lines ADD CONSTRAINT fk_wag_odd_lin_boo_id__boo_id FOREIGN KEY (bookmaker_id) REFERENCES sportsdb.bookmakers(id);
ALTER TABLE sportsdb.wagering_odds_lines ADD CONSTRAINT fk_wag_odd_lin_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.wagering_odds_lines ADD CONSTRAINT fk_wag_odd_lin_tea_id__tea_id FOREIGN KEY (team_id) REFERENCES sportsdb.teams(id);
ALTER TABLE sportsdb.wagering_runlines ADD CONSTRAINT fk_wag_run_boo_id__boo_id FOREIGN KEY (bookmaker_id) REFERENCES sportsdb.bookmakers(id);
ALTER TABLE sportsdb.wagering_runlines ADD CONSTRAINT fk_wag_run_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.wagering_runlines ADD CONSTRAINT fk_wag_run_tea_id__tea_id FOREIGN KEY (team_id) REFERENCES sportsdb.teams(id);
ALTER TABLE sportsdb.wagering_straight_spread_lines ADD CONSTRAINT fk_wag_str_spr_lin_boo_id__boo_id FOREIGN KEY (bookmaker_id) REFERENCES sportsdb.bookmakers(id);
ALTER TABLE sportsdb.wagering_straight_spread_lines ADD CONSTRAINT fk_wag_str_spr_lin_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.wagering_straight_spread_lines ADD CONSTRAINT fk_wag_str_spr_lin_tea_id__tea_id FOREIGN KEY (team_id) REFERENCES sportsdb.teams(id);
ALTER TABLE sportsdb.wagering_total_score_lines ADD CONSTRAINT fk_wag_tot_sco_lin_boo_id__boo_id FOREIGN KEY (bookmaker_id) REFERENCES sportsdb.bookmakers(id);
ALTER TABLE sportsdb.wagering_total_score_lines ADD CONSTRAINT fk_wag_tot_sco_lin_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);
ALTER TABLE sportsdb.wagering_total_score_lines ADD CONSTRAINT fk_wag_tot_sco_lin_tea_id__tea_id FOREIGN KEY (team_id) REFERENCES sportsdb.teams(id);
ALTER TABLE sportsdb.weather_conditions ADD CONSTRAINT fk_wea_con_eve_id__eve_id FOREIGN KEY (event_id) REFERENCES sportsdb.events(id);

