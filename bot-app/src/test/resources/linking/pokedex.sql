-- The veekun Pokédex (github.com/veekun/pokedex, commit cc483e1), the fan-made database of the Pokémon games'
-- species, forms, moves, abilities, items, types, encounters, locations, versions, Pokéathlon, contests, Berries and
-- Pokémon Conquest, with a table of names and texts per language for most things: tables and keys of schema
-- pokedex, no data. Its SQLAlchemy declaration (pokedex/db/tables.py) was compiled once to PostgreSQL by a one-off
-- script (SQLAlchemy's own PostgreSQL dialect, not committed), loaded into a scratch PostgreSQL and regenerated from
-- its catalog: the 172 tables with their primary keys and 303 foreign keys. The one enum (time_of_day of
-- pokemon_evolution: day, night, dusk) is text here; serial defaults, unique constraints and indexes are left out.
-- The comments are the source's own: each table class's docstring and each column's doc text. Code and data under
-- the MIT licence (Alex Munroe); Pokémon names are Nintendo's / Game Freak's trademarks. See README.md here.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS pokedex;
CREATE TABLE pokedex.abilities (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    generation_id integer NOT NULL,
    is_main_series boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.ability_changelog (
    id integer NOT NULL,
    ability_id integer NOT NULL,
    changed_in_version_group_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.ability_changelog_prose (
    ability_changelog_id integer NOT NULL,
    local_language_id integer NOT NULL,
    effect text NOT NULL,
    PRIMARY KEY (ability_changelog_id, local_language_id)
);
CREATE TABLE pokedex.ability_flavor_text (
    ability_id integer NOT NULL,
    version_group_id integer NOT NULL,
    language_id integer NOT NULL,
    flavor_text text NOT NULL,
    PRIMARY KEY (ability_id, version_group_id, language_id)
);
CREATE TABLE pokedex.ability_names (
    ability_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (ability_id, local_language_id)
);
CREATE TABLE pokedex.ability_prose (
    ability_id integer NOT NULL,
    local_language_id integer NOT NULL,
    short_effect text,
    effect text,
    PRIMARY KEY (ability_id, local_language_id)
);
CREATE TABLE pokedex.berries (
    id integer NOT NULL,
    item_id integer NOT NULL,
    firmness_id integer NOT NULL,
    natural_gift_power integer,
    natural_gift_type_id integer,
    size integer NOT NULL,
    max_harvest integer NOT NULL,
    growth_time integer NOT NULL,
    soil_dryness integer NOT NULL,
    smoothness integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.berry_firmness (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.berry_firmness_names (
    berry_firmness_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (berry_firmness_id, local_language_id)
);
CREATE TABLE pokedex.berry_flavors (
    berry_id integer NOT NULL,
    contest_type_id integer NOT NULL,
    flavor integer NOT NULL,
    PRIMARY KEY (berry_id, contest_type_id)
);
CREATE TABLE pokedex.characteristic_text (
    characteristic_id integer NOT NULL,
    local_language_id integer NOT NULL,
    message character varying(79) NOT NULL,
    PRIMARY KEY (characteristic_id, local_language_id)
);
CREATE TABLE pokedex.characteristics (
    id integer NOT NULL,
    stat_id integer NOT NULL,
    gene_mod_5 integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.conquest_episode_names (
    episode_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (episode_id, local_language_id)
);
CREATE TABLE pokedex.conquest_episode_warriors (
    episode_id integer NOT NULL,
    warrior_id integer NOT NULL,
    PRIMARY KEY (episode_id, warrior_id)
);
CREATE TABLE pokedex.conquest_episodes (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.conquest_kingdom_names (
    kingdom_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (kingdom_id, local_language_id)
);
CREATE TABLE pokedex.conquest_kingdoms (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    type_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.conquest_max_links (
    warrior_rank_id integer NOT NULL,
    pokemon_species_id integer NOT NULL,
    max_link integer NOT NULL,
    PRIMARY KEY (warrior_rank_id, pokemon_species_id)
);
CREATE TABLE pokedex.conquest_move_data (
    move_id integer NOT NULL,
    power integer,
    accuracy integer,
    effect_chance integer,
    effect_id integer NOT NULL,
    range_id integer NOT NULL,
    displacement_id integer,
    PRIMARY KEY (move_id)
);
CREATE TABLE pokedex.conquest_move_displacement_prose (
    move_displacement_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79),
    short_effect text,
    effect text,
    PRIMARY KEY (move_displacement_id, local_language_id)
);
CREATE TABLE pokedex.conquest_move_displacements (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    affects_target boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.conquest_move_effect_prose (
    conquest_move_effect_id integer NOT NULL,
    local_language_id integer NOT NULL,
    short_effect text,
    effect text,
    PRIMARY KEY (conquest_move_effect_id, local_language_id)
);
CREATE TABLE pokedex.conquest_move_effects (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.conquest_move_range_prose (
    conquest_move_range_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79),
    description text,
    PRIMARY KEY (conquest_move_range_id, local_language_id)
);
CREATE TABLE pokedex.conquest_move_ranges (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    targets integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.conquest_pokemon_abilities (
    pokemon_species_id integer NOT NULL,
    slot integer NOT NULL,
    ability_id integer NOT NULL,
    PRIMARY KEY (pokemon_species_id, slot)
);
CREATE TABLE pokedex.conquest_pokemon_evolution (
    evolved_species_id integer NOT NULL,
    required_stat_id integer,
    minimum_stat integer,
    minimum_link integer,
    kingdom_id integer,
    warrior_gender_id integer,
    item_id integer,
    recruiting_ko_required boolean NOT NULL,
    PRIMARY KEY (evolved_species_id)
);
CREATE TABLE pokedex.conquest_pokemon_moves (
    pokemon_species_id integer NOT NULL,
    move_id integer NOT NULL,
    PRIMARY KEY (pokemon_species_id)
);
CREATE TABLE pokedex.conquest_pokemon_stats (
    pokemon_species_id integer NOT NULL,
    conquest_stat_id integer NOT NULL,
    base_stat integer NOT NULL,
    PRIMARY KEY (pokemon_species_id, conquest_stat_id)
);
CREATE TABLE pokedex.conquest_stat_names (
    conquest_stat_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (conquest_stat_id, local_language_id)
);
CREATE TABLE pokedex.conquest_stats (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    is_base boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.conquest_transformation_pokemon (
    transformation_id integer NOT NULL,
    pokemon_species_id integer NOT NULL,
    PRIMARY KEY (transformation_id, pokemon_species_id)
);
CREATE TABLE pokedex.conquest_transformation_warriors (
    transformation_id integer NOT NULL,
    present_warrior_id integer NOT NULL,
    PRIMARY KEY (transformation_id, present_warrior_id)
);
CREATE TABLE pokedex.conquest_warrior_archetypes (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.conquest_warrior_names (
    warrior_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (warrior_id, local_language_id)
);
CREATE TABLE pokedex.conquest_warrior_rank_stat_map (
    warrior_rank_id integer NOT NULL,
    warrior_stat_id integer NOT NULL,
    base_stat integer NOT NULL,
    PRIMARY KEY (warrior_rank_id, warrior_stat_id)
);
CREATE TABLE pokedex.conquest_warrior_ranks (
    id integer NOT NULL,
    warrior_id integer NOT NULL,
    rank integer NOT NULL,
    skill_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.conquest_warrior_skill_names (
    skill_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (skill_id, local_language_id)
);
CREATE TABLE pokedex.conquest_warrior_skills (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.conquest_warrior_specialties (
    warrior_id integer NOT NULL,
    type_id integer NOT NULL,
    slot integer NOT NULL,
    PRIMARY KEY (warrior_id, type_id, slot)
);
CREATE TABLE pokedex.conquest_warrior_stat_names (
    warrior_stat_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (warrior_stat_id, local_language_id)
);
CREATE TABLE pokedex.conquest_warrior_stats (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.conquest_warrior_transformation (
    transformed_warrior_rank_id integer NOT NULL,
    is_automatic boolean NOT NULL,
    required_link integer,
    completed_episode_id integer,
    current_episode_id integer,
    distant_warrior_id integer,
    female_warlord_count integer,
    pokemon_count integer,
    collection_type_id integer,
    warrior_count integer,
    PRIMARY KEY (transformed_warrior_rank_id)
);
CREATE TABLE pokedex.conquest_warriors (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    gender_id integer NOT NULL,
    archetype_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.contest_combos (
    first_move_id integer NOT NULL,
    second_move_id integer NOT NULL,
    PRIMARY KEY (first_move_id, second_move_id)
);
CREATE TABLE pokedex.contest_effect_prose (
    contest_effect_id integer NOT NULL,
    local_language_id integer NOT NULL,
    flavor_text text,
    effect text,
    PRIMARY KEY (contest_effect_id, local_language_id)
);
CREATE TABLE pokedex.contest_effects (
    id integer NOT NULL,
    appeal smallint NOT NULL,
    jam smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.contest_type_names (
    contest_type_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79),
    flavor text,
    color text,
    PRIMARY KEY (contest_type_id, local_language_id)
);
CREATE TABLE pokedex.contest_types (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.egg_group_prose (
    egg_group_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (egg_group_id, local_language_id)
);
CREATE TABLE pokedex.egg_groups (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.encounter_condition_prose (
    encounter_condition_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (encounter_condition_id, local_language_id)
);
CREATE TABLE pokedex.encounter_condition_value_map (
    encounter_id integer NOT NULL,
    encounter_condition_value_id integer NOT NULL,
    PRIMARY KEY (encounter_id, encounter_condition_value_id)
);
CREATE TABLE pokedex.encounter_condition_value_prose (
    encounter_condition_value_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (encounter_condition_value_id, local_language_id)
);
CREATE TABLE pokedex.encounter_condition_values (
    id integer NOT NULL,
    encounter_condition_id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    is_default boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.encounter_conditions (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.encounter_method_prose (
    encounter_method_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (encounter_method_id, local_language_id)
);
CREATE TABLE pokedex.encounter_methods (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    "order" integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.encounter_slots (
    id integer NOT NULL,
    version_group_id integer NOT NULL,
    encounter_method_id integer NOT NULL,
    slot integer,
    rarity integer,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.encounters (
    id integer NOT NULL,
    version_id integer NOT NULL,
    location_area_id integer NOT NULL,
    encounter_slot_id integer NOT NULL,
    pokemon_id integer NOT NULL,
    min_level integer NOT NULL,
    max_level integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.evolution_chains (
    id integer NOT NULL,
    baby_trigger_item_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.evolution_trigger_prose (
    evolution_trigger_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (evolution_trigger_id, local_language_id)
);
CREATE TABLE pokedex.evolution_triggers (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.experience (
    growth_rate_id integer NOT NULL,
    level integer NOT NULL,
    experience integer NOT NULL,
    PRIMARY KEY (growth_rate_id, level)
);
CREATE TABLE pokedex.genders (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.generation_names (
    generation_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (generation_id, local_language_id)
);
CREATE TABLE pokedex.generations (
    id integer NOT NULL,
    main_region_id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.growth_rate_prose (
    growth_rate_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (growth_rate_id, local_language_id)
);
CREATE TABLE pokedex.growth_rates (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    formula text NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.item_categories (
    id integer NOT NULL,
    pocket_id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.item_category_prose (
    item_category_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (item_category_id, local_language_id)
);
CREATE TABLE pokedex.item_flag_map (
    item_id integer NOT NULL,
    item_flag_id integer NOT NULL,
    PRIMARY KEY (item_id, item_flag_id)
);
CREATE TABLE pokedex.item_flag_prose (
    item_flag_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79),
    description text,
    PRIMARY KEY (item_flag_id, local_language_id)
);
CREATE TABLE pokedex.item_flags (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.item_flavor_summaries (
    item_id integer NOT NULL,
    local_language_id integer NOT NULL,
    flavor_summary text,
    PRIMARY KEY (item_id, local_language_id)
);
CREATE TABLE pokedex.item_flavor_text (
    item_id integer NOT NULL,
    version_group_id integer NOT NULL,
    language_id integer NOT NULL,
    flavor_text text NOT NULL,
    PRIMARY KEY (item_id, version_group_id, language_id)
);
CREATE TABLE pokedex.item_fling_effect_prose (
    item_fling_effect_id integer NOT NULL,
    local_language_id integer NOT NULL,
    effect text NOT NULL,
    PRIMARY KEY (item_fling_effect_id, local_language_id)
);
CREATE TABLE pokedex.item_fling_effects (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.item_game_indices (
    item_id integer NOT NULL,
    generation_id integer NOT NULL,
    game_index integer NOT NULL,
    PRIMARY KEY (item_id, generation_id)
);
CREATE TABLE pokedex.item_names (
    item_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (item_id, local_language_id)
);
CREATE TABLE pokedex.item_pocket_names (
    item_pocket_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (item_pocket_id, local_language_id)
);
CREATE TABLE pokedex.item_pockets (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.item_prose (
    item_id integer NOT NULL,
    local_language_id integer NOT NULL,
    short_effect text,
    effect text,
    PRIMARY KEY (item_id, local_language_id)
);
CREATE TABLE pokedex.items (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    category_id integer NOT NULL,
    cost integer NOT NULL,
    fling_power integer,
    fling_effect_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.language_names (
    language_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (language_id, local_language_id)
);
CREATE TABLE pokedex.languages (
    id integer NOT NULL,
    iso639 character varying(79) NOT NULL,
    iso3166 character varying(79) NOT NULL,
    identifier character varying(79) NOT NULL,
    official boolean NOT NULL,
    "order" integer,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.location_area_encounter_rates (
    location_area_id integer NOT NULL,
    encounter_method_id integer NOT NULL,
    version_id integer NOT NULL,
    rate integer,
    PRIMARY KEY (location_area_id, encounter_method_id, version_id)
);
CREATE TABLE pokedex.location_area_prose (
    location_area_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79),
    PRIMARY KEY (location_area_id, local_language_id)
);
CREATE TABLE pokedex.location_areas (
    id integer NOT NULL,
    location_id integer NOT NULL,
    game_index integer NOT NULL,
    identifier character varying(79),
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.location_game_indices (
    location_id integer NOT NULL,
    generation_id integer NOT NULL,
    game_index integer NOT NULL,
    PRIMARY KEY (location_id, generation_id, game_index)
);
CREATE TABLE pokedex.location_names (
    location_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    subtitle character varying(79),
    PRIMARY KEY (location_id, local_language_id)
);
CREATE TABLE pokedex.locations (
    id integer NOT NULL,
    region_id integer,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.machines (
    machine_number integer NOT NULL,
    version_group_id integer NOT NULL,
    item_id integer NOT NULL,
    move_id integer NOT NULL,
    PRIMARY KEY (machine_number, version_group_id)
);
CREATE TABLE pokedex.move_battle_style_prose (
    move_battle_style_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (move_battle_style_id, local_language_id)
);
CREATE TABLE pokedex.move_battle_styles (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.move_changelog (
    move_id integer NOT NULL,
    changed_in_version_group_id integer NOT NULL,
    type_id integer,
    power smallint,
    pp smallint,
    accuracy smallint,
    priority smallint,
    target_id integer,
    effect_id integer,
    effect_chance integer,
    PRIMARY KEY (move_id, changed_in_version_group_id)
);
CREATE TABLE pokedex.move_damage_class_prose (
    move_damage_class_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79),
    description text,
    PRIMARY KEY (move_damage_class_id, local_language_id)
);
CREATE TABLE pokedex.move_damage_classes (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.move_effect_changelog (
    id integer NOT NULL,
    effect_id integer NOT NULL,
    changed_in_version_group_id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.move_effect_changelog_prose (
    move_effect_changelog_id integer NOT NULL,
    local_language_id integer NOT NULL,
    effect text NOT NULL,
    PRIMARY KEY (move_effect_changelog_id, local_language_id)
);
CREATE TABLE pokedex.move_effect_prose (
    move_effect_id integer NOT NULL,
    local_language_id integer NOT NULL,
    short_effect text,
    effect text,
    PRIMARY KEY (move_effect_id, local_language_id)
);
CREATE TABLE pokedex.move_effects (
    id integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.move_flag_map (
    move_id integer NOT NULL,
    move_flag_id integer NOT NULL,
    PRIMARY KEY (move_id, move_flag_id)
);
CREATE TABLE pokedex.move_flag_prose (
    move_flag_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79),
    description text,
    PRIMARY KEY (move_flag_id, local_language_id)
);
CREATE TABLE pokedex.move_flags (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.move_flavor_summaries (
    move_id integer NOT NULL,
    local_language_id integer NOT NULL,
    flavor_summary text,
    PRIMARY KEY (move_id, local_language_id)
);
CREATE TABLE pokedex.move_flavor_text (
    move_id integer NOT NULL,
    version_group_id integer NOT NULL,
    language_id integer NOT NULL,
    flavor_text text NOT NULL,
    PRIMARY KEY (move_id, version_group_id, language_id)
);
CREATE TABLE pokedex.move_meta (
    move_id integer NOT NULL,
    meta_category_id integer NOT NULL,
    meta_ailment_id integer NOT NULL,
    min_hits integer,
    max_hits integer,
    min_turns integer,
    max_turns integer,
    drain integer NOT NULL,
    healing integer NOT NULL,
    crit_rate integer NOT NULL,
    ailment_chance integer NOT NULL,
    flinch_chance integer NOT NULL,
    stat_chance integer NOT NULL,
    PRIMARY KEY (move_id)
);
CREATE TABLE pokedex.move_meta_ailment_names (
    move_meta_ailment_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (move_meta_ailment_id, local_language_id)
);
CREATE TABLE pokedex.move_meta_ailments (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.move_meta_categories (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.move_meta_category_prose (
    move_meta_category_id integer NOT NULL,
    local_language_id integer NOT NULL,
    description text NOT NULL,
    PRIMARY KEY (move_meta_category_id, local_language_id)
);
CREATE TABLE pokedex.move_meta_stat_changes (
    move_id integer NOT NULL,
    stat_id integer NOT NULL,
    change integer NOT NULL,
    PRIMARY KEY (move_id, stat_id)
);
CREATE TABLE pokedex.move_names (
    move_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (move_id, local_language_id)
);
CREATE TABLE pokedex.move_target_prose (
    move_target_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79),
    description text,
    PRIMARY KEY (move_target_id, local_language_id)
);
CREATE TABLE pokedex.move_targets (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.moves (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    generation_id integer NOT NULL,
    type_id integer NOT NULL,
    power smallint,
    pp smallint,
    accuracy smallint,
    priority smallint NOT NULL,
    target_id integer NOT NULL,
    damage_class_id integer NOT NULL,
    effect_id integer NOT NULL,
    effect_chance integer,
    contest_type_id integer,
    contest_effect_id integer,
    super_contest_effect_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.nature_battle_style_preferences (
    nature_id integer NOT NULL,
    move_battle_style_id integer NOT NULL,
    low_hp_preference integer NOT NULL,
    high_hp_preference integer NOT NULL,
    PRIMARY KEY (nature_id, move_battle_style_id)
);
CREATE TABLE pokedex.nature_names (
    nature_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (nature_id, local_language_id)
);
CREATE TABLE pokedex.nature_pokeathlon_stats (
    nature_id integer NOT NULL,
    pokeathlon_stat_id integer NOT NULL,
    max_change integer NOT NULL,
    PRIMARY KEY (nature_id, pokeathlon_stat_id)
);
CREATE TABLE pokedex.natures (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    decreased_stat_id integer NOT NULL,
    increased_stat_id integer NOT NULL,
    hates_flavor_id integer NOT NULL,
    likes_flavor_id integer NOT NULL,
    game_index integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.pal_park (
    species_id integer NOT NULL,
    area_id integer NOT NULL,
    base_score integer NOT NULL,
    rate integer NOT NULL,
    PRIMARY KEY (species_id)
);
CREATE TABLE pokedex.pal_park_area_names (
    pal_park_area_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (pal_park_area_id, local_language_id)
);
CREATE TABLE pokedex.pal_park_areas (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.pokeathlon_stat_names (
    pokeathlon_stat_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (pokeathlon_stat_id, local_language_id)
);
CREATE TABLE pokedex.pokeathlon_stats (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.pokedex_prose (
    pokedex_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79),
    description text,
    PRIMARY KEY (pokedex_id, local_language_id)
);
CREATE TABLE pokedex.pokedex_version_groups (
    pokedex_id integer NOT NULL,
    version_group_id integer NOT NULL,
    PRIMARY KEY (pokedex_id, version_group_id)
);
CREATE TABLE pokedex.pokedexes (
    id integer NOT NULL,
    region_id integer,
    identifier character varying(79) NOT NULL,
    is_main_series boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.pokemon (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    species_id integer,
    height integer NOT NULL,
    weight integer NOT NULL,
    base_experience integer NOT NULL,
    "order" integer NOT NULL,
    is_default boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.pokemon_abilities (
    pokemon_id integer NOT NULL,
    ability_id integer NOT NULL,
    is_hidden boolean NOT NULL,
    slot integer NOT NULL,
    PRIMARY KEY (pokemon_id, slot)
);
CREATE TABLE pokedex.pokemon_color_names (
    pokemon_color_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (pokemon_color_id, local_language_id)
);
CREATE TABLE pokedex.pokemon_colors (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.pokemon_dex_numbers (
    species_id integer NOT NULL,
    pokedex_id integer NOT NULL,
    pokedex_number integer NOT NULL,
    PRIMARY KEY (species_id, pokedex_id)
);
CREATE TABLE pokedex.pokemon_egg_groups (
    species_id integer NOT NULL,
    egg_group_id integer NOT NULL,
    PRIMARY KEY (species_id, egg_group_id)
);
CREATE TABLE pokedex.pokemon_evolution (
    id integer NOT NULL,
    evolved_species_id integer NOT NULL,
    evolution_trigger_id integer NOT NULL,
    trigger_item_id integer,
    minimum_level integer,
    gender_id integer,
    location_id integer,
    held_item_id integer,
    time_of_day text,
    known_move_id integer,
    known_move_type_id integer,
    minimum_happiness integer,
    minimum_beauty integer,
    minimum_affection integer,
    relative_physical_stats integer,
    party_species_id integer,
    party_type_id integer,
    trade_species_id integer,
    needs_overworld_rain boolean NOT NULL,
    turn_upside_down boolean NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.pokemon_form_generations (
    pokemon_form_id integer NOT NULL,
    generation_id integer NOT NULL,
    game_index integer NOT NULL,
    PRIMARY KEY (pokemon_form_id, generation_id)
);
CREATE TABLE pokedex.pokemon_form_names (
    pokemon_form_id integer NOT NULL,
    local_language_id integer NOT NULL,
    form_name character varying(79),
    pokemon_name character varying(79),
    PRIMARY KEY (pokemon_form_id, local_language_id)
);
CREATE TABLE pokedex.pokemon_form_pokeathlon_stats (
    pokemon_form_id integer NOT NULL,
    pokeathlon_stat_id integer NOT NULL,
    minimum_stat integer NOT NULL,
    base_stat integer NOT NULL,
    maximum_stat integer NOT NULL,
    PRIMARY KEY (pokemon_form_id, pokeathlon_stat_id)
);
CREATE TABLE pokedex.pokemon_forms (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    form_identifier character varying(79),
    pokemon_id integer NOT NULL,
    introduced_in_version_group_id integer,
    is_default boolean NOT NULL,
    is_battle_only boolean NOT NULL,
    is_mega boolean NOT NULL,
    form_order integer NOT NULL,
    "order" integer NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.pokemon_game_indices (
    pokemon_id integer NOT NULL,
    version_id integer NOT NULL,
    game_index integer NOT NULL,
    PRIMARY KEY (pokemon_id, version_id)
);
CREATE TABLE pokedex.pokemon_habitat_names (
    pokemon_habitat_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (pokemon_habitat_id, local_language_id)
);
CREATE TABLE pokedex.pokemon_habitats (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.pokemon_items (
    pokemon_id integer NOT NULL,
    version_id integer NOT NULL,
    item_id integer NOT NULL,
    rarity integer NOT NULL,
    PRIMARY KEY (pokemon_id, version_id, item_id)
);
CREATE TABLE pokedex.pokemon_move_method_prose (
    pokemon_move_method_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79),
    description text,
    PRIMARY KEY (pokemon_move_method_id, local_language_id)
);
CREATE TABLE pokedex.pokemon_move_methods (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.pokemon_moves (
    pokemon_id integer NOT NULL,
    version_group_id integer NOT NULL,
    move_id integer NOT NULL,
    pokemon_move_method_id integer NOT NULL,
    level integer NOT NULL,
    "order" integer,
    PRIMARY KEY (pokemon_id, version_group_id, move_id, pokemon_move_method_id, level)
);
CREATE TABLE pokedex.pokemon_shape_prose (
    pokemon_shape_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79),
    awesome_name character varying(79),
    description text,
    PRIMARY KEY (pokemon_shape_id, local_language_id)
);
CREATE TABLE pokedex.pokemon_shapes (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.pokemon_species (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    generation_id integer,
    evolves_from_species_id integer,
    evolution_chain_id integer,
    color_id integer NOT NULL,
    shape_id integer,
    habitat_id integer,
    gender_rate integer NOT NULL,
    capture_rate integer NOT NULL,
    base_happiness integer NOT NULL,
    is_baby boolean NOT NULL,
    hatch_counter integer NOT NULL,
    has_gender_differences boolean NOT NULL,
    growth_rate_id integer NOT NULL,
    forms_switchable boolean NOT NULL,
    is_legendary boolean NOT NULL,
    is_mythical boolean NOT NULL,
    "order" integer NOT NULL,
    conquest_order integer,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.pokemon_species_flavor_summaries (
    pokemon_species_id integer NOT NULL,
    local_language_id integer NOT NULL,
    flavor_summary text,
    PRIMARY KEY (pokemon_species_id, local_language_id)
);
CREATE TABLE pokedex.pokemon_species_flavor_text (
    species_id integer NOT NULL,
    version_id integer NOT NULL,
    language_id integer NOT NULL,
    flavor_text text NOT NULL,
    PRIMARY KEY (species_id, version_id, language_id)
);
CREATE TABLE pokedex.pokemon_species_names (
    pokemon_species_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79),
    genus text,
    PRIMARY KEY (pokemon_species_id, local_language_id)
);
CREATE TABLE pokedex.pokemon_species_prose (
    pokemon_species_id integer NOT NULL,
    local_language_id integer NOT NULL,
    form_description text,
    PRIMARY KEY (pokemon_species_id, local_language_id)
);
CREATE TABLE pokedex.pokemon_stats (
    pokemon_id integer NOT NULL,
    stat_id integer NOT NULL,
    base_stat integer NOT NULL,
    effort integer NOT NULL,
    PRIMARY KEY (pokemon_id, stat_id)
);
CREATE TABLE pokedex.pokemon_types (
    pokemon_id integer NOT NULL,
    type_id integer NOT NULL,
    slot integer NOT NULL,
    PRIMARY KEY (pokemon_id, slot)
);
CREATE TABLE pokedex.region_names (
    region_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (region_id, local_language_id)
);
CREATE TABLE pokedex.regions (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.stat_names (
    stat_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (stat_id, local_language_id)
);
CREATE TABLE pokedex.stats (
    id integer NOT NULL,
    damage_class_id integer,
    identifier character varying(79) NOT NULL,
    is_battle_only boolean NOT NULL,
    game_index integer,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.super_contest_combos (
    first_move_id integer NOT NULL,
    second_move_id integer NOT NULL,
    PRIMARY KEY (first_move_id, second_move_id)
);
CREATE TABLE pokedex.super_contest_effect_prose (
    super_contest_effect_id integer NOT NULL,
    local_language_id integer NOT NULL,
    flavor_text text NOT NULL,
    PRIMARY KEY (super_contest_effect_id, local_language_id)
);
CREATE TABLE pokedex.super_contest_effects (
    id integer NOT NULL,
    appeal smallint NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.type_efficacy (
    damage_type_id integer NOT NULL,
    target_type_id integer NOT NULL,
    damage_factor integer NOT NULL,
    PRIMARY KEY (damage_type_id, target_type_id)
);
CREATE TABLE pokedex.type_game_indices (
    type_id integer NOT NULL,
    generation_id integer NOT NULL,
    game_index integer NOT NULL,
    PRIMARY KEY (type_id, generation_id)
);
CREATE TABLE pokedex.type_names (
    type_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (type_id, local_language_id)
);
CREATE TABLE pokedex.types (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    generation_id integer NOT NULL,
    damage_class_id integer,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.version_group_pokemon_move_methods (
    version_group_id integer NOT NULL,
    pokemon_move_method_id integer NOT NULL,
    PRIMARY KEY (version_group_id, pokemon_move_method_id)
);
CREATE TABLE pokedex.version_group_regions (
    version_group_id integer NOT NULL,
    region_id integer NOT NULL,
    PRIMARY KEY (version_group_id, region_id)
);
CREATE TABLE pokedex.version_groups (
    id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    generation_id integer NOT NULL,
    "order" integer,
    PRIMARY KEY (id)
);
CREATE TABLE pokedex.version_names (
    version_id integer NOT NULL,
    local_language_id integer NOT NULL,
    name character varying(79) NOT NULL,
    PRIMARY KEY (version_id, local_language_id)
);
CREATE TABLE pokedex.versions (
    id integer NOT NULL,
    version_group_id integer NOT NULL,
    identifier character varying(79) NOT NULL,
    PRIMARY KEY (id)
);
ALTER TABLE pokedex.abilities ADD CONSTRAINT abilities_generation_id_fkey FOREIGN KEY (generation_id) REFERENCES pokedex.generations(id);
ALTER TABLE pokedex.ability_changelog ADD CONSTRAINT ability_changelog_ability_id_fkey FOREIGN KEY (ability_id) REFERENCES pokedex.abilities(id);
ALTER TABLE pokedex.ability_changelog ADD CONSTRAINT ability_changelog_changed_in_version_group_id_fkey FOREIGN KEY (changed_in_version_group_id) REFERENCES pokedex.version_groups(id);
ALTER TABLE pokedex.ability_changelog_prose ADD CONSTRAINT ability_changelog_prose_ability_changelog_id_fkey FOREIGN KEY (ability_changelog_id) REFERENCES pokedex.ability_changelog(id);
ALTER TABLE pokedex.ability_changelog_prose ADD CONSTRAINT ability_changelog_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.ability_flavor_text ADD CONSTRAINT ability_flavor_text_ability_id_fkey FOREIGN KEY (ability_id) REFERENCES pokedex.abilities(id);
ALTER TABLE pokedex.ability_flavor_text ADD CONSTRAINT ability_flavor_text_language_id_fkey FOREIGN KEY (language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.ability_flavor_text ADD CONSTRAINT ability_flavor_text_version_group_id_fkey FOREIGN KEY (version_group_id) REFERENCES pokedex.version_groups(id);
ALTER TABLE pokedex.ability_names ADD CONSTRAINT ability_names_ability_id_fkey FOREIGN KEY (ability_id) REFERENCES pokedex.abilities(id);
ALTER TABLE pokedex.ability_names ADD CONSTRAINT ability_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.ability_prose ADD CONSTRAINT ability_prose_ability_id_fkey FOREIGN KEY (ability_id) REFERENCES pokedex.abilities(id);
ALTER TABLE pokedex.ability_prose ADD CONSTRAINT ability_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.berries ADD CONSTRAINT berries_firmness_id_fkey FOREIGN KEY (firmness_id) REFERENCES pokedex.berry_firmness(id);
ALTER TABLE pokedex.berries ADD CONSTRAINT berries_item_id_fkey FOREIGN KEY (item_id) REFERENCES pokedex.items(id);
ALTER TABLE pokedex.berries ADD CONSTRAINT berries_natural_gift_type_id_fkey FOREIGN KEY (natural_gift_type_id) REFERENCES pokedex.types(id);
ALTER TABLE pokedex.berry_firmness_names ADD CONSTRAINT berry_firmness_names_berry_firmness_id_fkey FOREIGN KEY (berry_firmness_id) REFERENCES pokedex.berry_firmness(id);
ALTER TABLE pokedex.berry_firmness_names ADD CONSTRAINT berry_firmness_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.berry_flavors ADD CONSTRAINT berry_flavors_berry_id_fkey FOREIGN KEY (berry_id) REFERENCES pokedex.berries(id);
ALTER TABLE pokedex.berry_flavors ADD CONSTRAINT berry_flavors_contest_type_id_fkey FOREIGN KEY (contest_type_id) REFERENCES pokedex.contest_types(id);
ALTER TABLE pokedex.characteristic_text ADD CONSTRAINT characteristic_text_characteristic_id_fkey FOREIGN KEY (characteristic_id) REFERENCES pokedex.characteristics(id);
ALTER TABLE pokedex.characteristic_text ADD CONSTRAINT characteristic_text_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.characteristics ADD CONSTRAINT characteristics_stat_id_fkey FOREIGN KEY (stat_id) REFERENCES pokedex.stats(id);
ALTER TABLE pokedex.conquest_episode_names ADD CONSTRAINT conquest_episode_names_episode_id_fkey FOREIGN KEY (episode_id) REFERENCES pokedex.conquest_episodes(id);
ALTER TABLE pokedex.conquest_episode_names ADD CONSTRAINT conquest_episode_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.conquest_episode_warriors ADD CONSTRAINT conquest_episode_warriors_episode_id_fkey FOREIGN KEY (episode_id) REFERENCES pokedex.conquest_episodes(id);
ALTER TABLE pokedex.conquest_episode_warriors ADD CONSTRAINT conquest_episode_warriors_warrior_id_fkey FOREIGN KEY (warrior_id) REFERENCES pokedex.conquest_warriors(id);
ALTER TABLE pokedex.conquest_kingdom_names ADD CONSTRAINT conquest_kingdom_names_kingdom_id_fkey FOREIGN KEY (kingdom_id) REFERENCES pokedex.conquest_kingdoms(id);
ALTER TABLE pokedex.conquest_kingdom_names ADD CONSTRAINT conquest_kingdom_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.conquest_kingdoms ADD CONSTRAINT conquest_kingdoms_type_id_fkey FOREIGN KEY (type_id) REFERENCES pokedex.types(id);
ALTER TABLE pokedex.conquest_max_links ADD CONSTRAINT conquest_max_links_pokemon_species_id_fkey FOREIGN KEY (pokemon_species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.conquest_max_links ADD CONSTRAINT conquest_max_links_warrior_rank_id_fkey FOREIGN KEY (warrior_rank_id) REFERENCES pokedex.conquest_warrior_ranks(id);
ALTER TABLE pokedex.conquest_move_data ADD CONSTRAINT conquest_move_data_displacement_id_fkey FOREIGN KEY (displacement_id) REFERENCES pokedex.conquest_move_displacements(id);
ALTER TABLE pokedex.conquest_move_data ADD CONSTRAINT conquest_move_data_effect_id_fkey FOREIGN KEY (effect_id) REFERENCES pokedex.conquest_move_effects(id);
ALTER TABLE pokedex.conquest_move_data ADD CONSTRAINT conquest_move_data_move_id_fkey FOREIGN KEY (move_id) REFERENCES pokedex.moves(id);
ALTER TABLE pokedex.conquest_move_data ADD CONSTRAINT conquest_move_data_range_id_fkey FOREIGN KEY (range_id) REFERENCES pokedex.conquest_move_ranges(id);
ALTER TABLE pokedex.conquest_move_displacement_prose ADD CONSTRAINT conquest_move_displacement_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.conquest_move_displacement_prose ADD CONSTRAINT conquest_move_displacement_prose_move_displacement_id_fkey FOREIGN KEY (move_displacement_id) REFERENCES pokedex.conquest_move_displacements(id);
ALTER TABLE pokedex.conquest_move_effect_prose ADD CONSTRAINT conquest_move_effect_prose_conquest_move_effect_id_fkey FOREIGN KEY (conquest_move_effect_id) REFERENCES pokedex.conquest_move_effects(id);
ALTER TABLE pokedex.conquest_move_effect_prose ADD CONSTRAINT conquest_move_effect_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.conquest_move_range_prose ADD CONSTRAINT conquest_move_range_prose_conquest_move_range_id_fkey FOREIGN KEY (conquest_move_range_id) REFERENCES pokedex.conquest_move_ranges(id);
ALTER TABLE pokedex.conquest_move_range_prose ADD CONSTRAINT conquest_move_range_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.conquest_pokemon_abilities ADD CONSTRAINT conquest_pokemon_abilities_ability_id_fkey FOREIGN KEY (ability_id) REFERENCES pokedex.abilities(id);
ALTER TABLE pokedex.conquest_pokemon_abilities ADD CONSTRAINT conquest_pokemon_abilities_pokemon_species_id_fkey FOREIGN KEY (pokemon_species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.conquest_pokemon_evolution ADD CONSTRAINT conquest_pokemon_evolution_evolved_species_id_fkey FOREIGN KEY (evolved_species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.conquest_pokemon_evolution ADD CONSTRAINT conquest_pokemon_evolution_item_id_fkey FOREIGN KEY (item_id) REFERENCES pokedex.items(id);
ALTER TABLE pokedex.conquest_pokemon_evolution ADD CONSTRAINT conquest_pokemon_evolution_kingdom_id_fkey FOREIGN KEY (kingdom_id) REFERENCES pokedex.conquest_kingdoms(id);
ALTER TABLE pokedex.conquest_pokemon_evolution ADD CONSTRAINT conquest_pokemon_evolution_required_stat_id_fkey FOREIGN KEY (required_stat_id) REFERENCES pokedex.conquest_stats(id);
ALTER TABLE pokedex.conquest_pokemon_evolution ADD CONSTRAINT conquest_pokemon_evolution_warrior_gender_id_fkey FOREIGN KEY (warrior_gender_id) REFERENCES pokedex.genders(id);
ALTER TABLE pokedex.conquest_pokemon_moves ADD CONSTRAINT conquest_pokemon_moves_move_id_fkey FOREIGN KEY (move_id) REFERENCES pokedex.moves(id);
ALTER TABLE pokedex.conquest_pokemon_moves ADD CONSTRAINT conquest_pokemon_moves_pokemon_species_id_fkey FOREIGN KEY (pokemon_species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.conquest_pokemon_stats ADD CONSTRAINT conquest_pokemon_stats_conquest_stat_id_fkey FOREIGN KEY (conquest_stat_id) REFERENCES pokedex.conquest_stats(id);
ALTER TABLE pokedex.conquest_pokemon_stats ADD CONSTRAINT conquest_pokemon_stats_pokemon_species_id_fkey FOREIGN KEY (pokemon_species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.conquest_stat_names ADD CONSTRAINT conquest_stat_names_conquest_stat_id_fkey FOREIGN KEY (conquest_stat_id) REFERENCES pokedex.conquest_stats(id);
ALTER TABLE pokedex.conquest_stat_names ADD CONSTRAINT conquest_stat_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.conquest_transformation_pokemon ADD CONSTRAINT conquest_transformation_pokemon_pokemon_species_id_fkey FOREIGN KEY (pokemon_species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.conquest_transformation_pokemon ADD CONSTRAINT conquest_transformation_pokemon_transformation_id_fkey FOREIGN KEY (transformation_id) REFERENCES pokedex.conquest_warrior_transformation(transformed_warrior_rank_id);
ALTER TABLE pokedex.conquest_transformation_warriors ADD CONSTRAINT conquest_transformation_warriors_present_warrior_id_fkey FOREIGN KEY (present_warrior_id) REFERENCES pokedex.conquest_warriors(id);
ALTER TABLE pokedex.conquest_transformation_warriors ADD CONSTRAINT conquest_transformation_warriors_transformation_id_fkey FOREIGN KEY (transformation_id) REFERENCES pokedex.conquest_warrior_transformation(transformed_warrior_rank_id);
ALTER TABLE pokedex.conquest_warrior_names ADD CONSTRAINT conquest_warrior_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.conquest_warrior_names ADD CONSTRAINT conquest_warrior_names_warrior_id_fkey FOREIGN KEY (warrior_id) REFERENCES pokedex.conquest_warriors(id);
ALTER TABLE pokedex.conquest_warrior_rank_stat_map ADD CONSTRAINT conquest_warrior_rank_stat_map_warrior_rank_id_fkey FOREIGN KEY (warrior_rank_id) REFERENCES pokedex.conquest_warrior_ranks(id);
ALTER TABLE pokedex.conquest_warrior_rank_stat_map ADD CONSTRAINT conquest_warrior_rank_stat_map_warrior_stat_id_fkey FOREIGN KEY (warrior_stat_id) REFERENCES pokedex.conquest_warrior_stats(id);
ALTER TABLE pokedex.conquest_warrior_ranks ADD CONSTRAINT conquest_warrior_ranks_skill_id_fkey FOREIGN KEY (skill_id) REFERENCES pokedex.conquest_warrior_skills(id);
ALTER TABLE pokedex.conquest_warrior_ranks ADD CONSTRAINT conquest_warrior_ranks_warrior_id_fkey FOREIGN KEY (warrior_id) REFERENCES pokedex.conquest_warriors(id);
ALTER TABLE pokedex.conquest_warrior_skill_names ADD CONSTRAINT conquest_warrior_skill_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.conquest_warrior_skill_names ADD CONSTRAINT conquest_warrior_skill_names_skill_id_fkey FOREIGN KEY (skill_id) REFERENCES pokedex.conquest_warrior_skills(id);
ALTER TABLE pokedex.conquest_warrior_specialties ADD CONSTRAINT conquest_warrior_specialties_type_id_fkey FOREIGN KEY (type_id) REFERENCES pokedex.types(id);
ALTER TABLE pokedex.conquest_warrior_specialties ADD CONSTRAINT conquest_warrior_specialties_warrior_id_fkey FOREIGN KEY (warrior_id) REFERENCES pokedex.conquest_warriors(id);
ALTER TABLE pokedex.conquest_warrior_stat_names ADD CONSTRAINT conquest_warrior_stat_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.conquest_warrior_stat_names ADD CONSTRAINT conquest_warrior_stat_names_warrior_stat_id_fkey FOREIGN KEY (warrior_stat_id) REFERENCES pokedex.conquest_warrior_stats(id);
ALTER TABLE pokedex.conquest_warrior_transformation ADD CONSTRAINT conquest_warrior_transformatio_transformed_warrior_rank_id_fkey FOREIGN KEY (transformed_warrior_rank_id) REFERENCES pokedex.conquest_warrior_ranks(id);
ALTER TABLE pokedex.conquest_warrior_transformation ADD CONSTRAINT conquest_warrior_transformation_collection_type_id_fkey FOREIGN KEY (collection_type_id) REFERENCES pokedex.types(id);
ALTER TABLE pokedex.conquest_warrior_transformation ADD CONSTRAINT conquest_warrior_transformation_completed_episode_id_fkey FOREIGN KEY (completed_episode_id) REFERENCES pokedex.conquest_episodes(id);
ALTER TABLE pokedex.conquest_warrior_transformation ADD CONSTRAINT conquest_warrior_transformation_current_episode_id_fkey FOREIGN KEY (current_episode_id) REFERENCES pokedex.conquest_episodes(id);
ALTER TABLE pokedex.conquest_warrior_transformation ADD CONSTRAINT conquest_warrior_transformation_distant_warrior_id_fkey FOREIGN KEY (distant_warrior_id) REFERENCES pokedex.conquest_warriors(id);
ALTER TABLE pokedex.conquest_warriors ADD CONSTRAINT conquest_warriors_archetype_id_fkey FOREIGN KEY (archetype_id) REFERENCES pokedex.conquest_warrior_archetypes(id);
ALTER TABLE pokedex.conquest_warriors ADD CONSTRAINT conquest_warriors_gender_id_fkey FOREIGN KEY (gender_id) REFERENCES pokedex.genders(id);
ALTER TABLE pokedex.contest_combos ADD CONSTRAINT contest_combos_first_move_id_fkey FOREIGN KEY (first_move_id) REFERENCES pokedex.moves(id);
ALTER TABLE pokedex.contest_combos ADD CONSTRAINT contest_combos_second_move_id_fkey FOREIGN KEY (second_move_id) REFERENCES pokedex.moves(id);
ALTER TABLE pokedex.contest_effect_prose ADD CONSTRAINT contest_effect_prose_contest_effect_id_fkey FOREIGN KEY (contest_effect_id) REFERENCES pokedex.contest_effects(id);
ALTER TABLE pokedex.contest_effect_prose ADD CONSTRAINT contest_effect_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.contest_type_names ADD CONSTRAINT contest_type_names_contest_type_id_fkey FOREIGN KEY (contest_type_id) REFERENCES pokedex.contest_types(id);
ALTER TABLE pokedex.contest_type_names ADD CONSTRAINT contest_type_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.egg_group_prose ADD CONSTRAINT egg_group_prose_egg_group_id_fkey FOREIGN KEY (egg_group_id) REFERENCES pokedex.egg_groups(id);
ALTER TABLE pokedex.egg_group_prose ADD CONSTRAINT egg_group_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.encounter_condition_prose ADD CONSTRAINT encounter_condition_prose_encounter_condition_id_fkey FOREIGN KEY (encounter_condition_id) REFERENCES pokedex.encounter_conditions(id);
ALTER TABLE pokedex.encounter_condition_prose ADD CONSTRAINT encounter_condition_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.encounter_condition_value_map ADD CONSTRAINT encounter_condition_value_map_encounter_condition_value_id_fkey FOREIGN KEY (encounter_condition_value_id) REFERENCES pokedex.encounter_condition_values(id);
ALTER TABLE pokedex.encounter_condition_value_map ADD CONSTRAINT encounter_condition_value_map_encounter_id_fkey FOREIGN KEY (encounter_id) REFERENCES pokedex.encounters(id);
ALTER TABLE pokedex.encounter_condition_value_prose ADD CONSTRAINT encounter_condition_value_pro_encounter_condition_value_id_fkey FOREIGN KEY (encounter_condition_value_id) REFERENCES pokedex.encounter_condition_values(id);
ALTER TABLE pokedex.encounter_condition_value_prose ADD CONSTRAINT encounter_condition_value_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.encounter_condition_values ADD CONSTRAINT encounter_condition_values_encounter_condition_id_fkey FOREIGN KEY (encounter_condition_id) REFERENCES pokedex.encounter_conditions(id);
ALTER TABLE pokedex.encounter_method_prose ADD CONSTRAINT encounter_method_prose_encounter_method_id_fkey FOREIGN KEY (encounter_method_id) REFERENCES pokedex.encounter_methods(id);
ALTER TABLE pokedex.encounter_method_prose ADD CONSTRAINT encounter_method_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.encounter_slots ADD CONSTRAINT encounter_slots_encounter_method_id_fkey FOREIGN KEY (encounter_method_id) REFERENCES pokedex.encounter_methods(id);
ALTER TABLE pokedex.encounter_slots ADD CONSTRAINT encounter_slots_version_group_id_fkey FOREIGN KEY (version_group_id) REFERENCES pokedex.version_groups(id);
ALTER TABLE pokedex.encounters ADD CONSTRAINT encounters_encounter_slot_id_fkey FOREIGN KEY (encounter_slot_id) REFERENCES pokedex.encounter_slots(id);
ALTER TABLE pokedex.encounters ADD CONSTRAINT encounters_location_area_id_fkey FOREIGN KEY (location_area_id) REFERENCES pokedex.location_areas(id);
ALTER TABLE pokedex.encounters ADD CONSTRAINT encounters_pokemon_id_fkey FOREIGN KEY (pokemon_id) REFERENCES pokedex.pokemon(id);
ALTER TABLE pokedex.encounters ADD CONSTRAINT encounters_version_id_fkey FOREIGN KEY (version_id) REFERENCES pokedex.versions(id);
ALTER TABLE pokedex.evolution_chains ADD CONSTRAINT evolution_chains_baby_trigger_item_id_fkey FOREIGN KEY (baby_trigger_item_id) REFERENCES pokedex.items(id);
ALTER TABLE pokedex.evolution_trigger_prose ADD CONSTRAINT evolution_trigger_prose_evolution_trigger_id_fkey FOREIGN KEY (evolution_trigger_id) REFERENCES pokedex.evolution_triggers(id);
ALTER TABLE pokedex.evolution_trigger_prose ADD CONSTRAINT evolution_trigger_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.experience ADD CONSTRAINT experience_growth_rate_id_fkey FOREIGN KEY (growth_rate_id) REFERENCES pokedex.growth_rates(id);
ALTER TABLE pokedex.generation_names ADD CONSTRAINT generation_names_generation_id_fkey FOREIGN KEY (generation_id) REFERENCES pokedex.generations(id);
ALTER TABLE pokedex.generation_names ADD CONSTRAINT generation_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.generations ADD CONSTRAINT generations_main_region_id_fkey FOREIGN KEY (main_region_id) REFERENCES pokedex.regions(id);
ALTER TABLE pokedex.growth_rate_prose ADD CONSTRAINT growth_rate_prose_growth_rate_id_fkey FOREIGN KEY (growth_rate_id) REFERENCES pokedex.growth_rates(id);
ALTER TABLE pokedex.growth_rate_prose ADD CONSTRAINT growth_rate_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.item_categories ADD CONSTRAINT item_categories_pocket_id_fkey FOREIGN KEY (pocket_id) REFERENCES pokedex.item_pockets(id);
ALTER TABLE pokedex.item_category_prose ADD CONSTRAINT item_category_prose_item_category_id_fkey FOREIGN KEY (item_category_id) REFERENCES pokedex.item_categories(id);
ALTER TABLE pokedex.item_category_prose ADD CONSTRAINT item_category_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.item_flag_map ADD CONSTRAINT item_flag_map_item_flag_id_fkey FOREIGN KEY (item_flag_id) REFERENCES pokedex.item_flags(id);
ALTER TABLE pokedex.item_flag_map ADD CONSTRAINT item_flag_map_item_id_fkey FOREIGN KEY (item_id) REFERENCES pokedex.items(id);
ALTER TABLE pokedex.item_flag_prose ADD CONSTRAINT item_flag_prose_item_flag_id_fkey FOREIGN KEY (item_flag_id) REFERENCES pokedex.item_flags(id);
ALTER TABLE pokedex.item_flag_prose ADD CONSTRAINT item_flag_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.item_flavor_summaries ADD CONSTRAINT item_flavor_summaries_item_id_fkey FOREIGN KEY (item_id) REFERENCES pokedex.items(id);
ALTER TABLE pokedex.item_flavor_summaries ADD CONSTRAINT item_flavor_summaries_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.item_flavor_text ADD CONSTRAINT item_flavor_text_item_id_fkey FOREIGN KEY (item_id) REFERENCES pokedex.items(id);
ALTER TABLE pokedex.item_flavor_text ADD CONSTRAINT item_flavor_text_language_id_fkey FOREIGN KEY (language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.item_flavor_text ADD CONSTRAINT item_flavor_text_version_group_id_fkey FOREIGN KEY (version_group_id) REFERENCES pokedex.version_groups(id);
ALTER TABLE pokedex.item_fling_effect_prose ADD CONSTRAINT item_fling_effect_prose_item_fling_effect_id_fkey FOREIGN KEY (item_fling_effect_id) REFERENCES pokedex.item_fling_effects(id);
ALTER TABLE pokedex.item_fling_effect_prose ADD CONSTRAINT item_fling_effect_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.item_game_indices ADD CONSTRAINT item_game_indices_generation_id_fkey FOREIGN KEY (generation_id) REFERENCES pokedex.generations(id);
ALTER TABLE pokedex.item_game_indices ADD CONSTRAINT item_game_indices_item_id_fkey FOREIGN KEY (item_id) REFERENCES pokedex.items(id);
ALTER TABLE pokedex.item_names ADD CONSTRAINT item_names_item_id_fkey FOREIGN KEY (item_id) REFERENCES pokedex.items(id);
ALTER TABLE pokedex.item_names ADD CONSTRAINT item_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.item_pocket_names ADD CONSTRAINT item_pocket_names_item_pocket_id_fkey FOREIGN KEY (item_pocket_id) REFERENCES pokedex.item_pockets(id);
ALTER TABLE pokedex.item_pocket_names ADD CONSTRAINT item_pocket_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.item_prose ADD CONSTRAINT item_prose_item_id_fkey FOREIGN KEY (item_id) REFERENCES pokedex.items(id);
ALTER TABLE pokedex.item_prose ADD CONSTRAINT item_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.items ADD CONSTRAINT items_category_id_fkey FOREIGN KEY (category_id) REFERENCES pokedex.item_categories(id);
ALTER TABLE pokedex.items ADD CONSTRAINT items_fling_effect_id_fkey FOREIGN KEY (fling_effect_id) REFERENCES pokedex.item_fling_effects(id);
ALTER TABLE pokedex.language_names ADD CONSTRAINT language_names_language_id_fkey FOREIGN KEY (language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.language_names ADD CONSTRAINT language_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.location_area_encounter_rates ADD CONSTRAINT location_area_encounter_rates_encounter_method_id_fkey FOREIGN KEY (encounter_method_id) REFERENCES pokedex.encounter_methods(id);
ALTER TABLE pokedex.location_area_encounter_rates ADD CONSTRAINT location_area_encounter_rates_location_area_id_fkey FOREIGN KEY (location_area_id) REFERENCES pokedex.location_areas(id);
ALTER TABLE pokedex.location_area_encounter_rates ADD CONSTRAINT location_area_encounter_rates_version_id_fkey FOREIGN KEY (version_id) REFERENCES pokedex.versions(id);
ALTER TABLE pokedex.location_area_prose ADD CONSTRAINT location_area_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.location_area_prose ADD CONSTRAINT location_area_prose_location_area_id_fkey FOREIGN KEY (location_area_id) REFERENCES pokedex.location_areas(id);
ALTER TABLE pokedex.location_areas ADD CONSTRAINT location_areas_location_id_fkey FOREIGN KEY (location_id) REFERENCES pokedex.locations(id);
ALTER TABLE pokedex.location_game_indices ADD CONSTRAINT location_game_indices_generation_id_fkey FOREIGN KEY (generation_id) REFERENCES pokedex.generations(id);
ALTER TABLE pokedex.location_game_indices ADD CONSTRAINT location_game_indices_location_id_fkey FOREIGN KEY (location_id) REFERENCES pokedex.locations(id);
ALTER TABLE pokedex.location_names ADD CONSTRAINT location_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.location_names ADD CONSTRAINT location_names_location_id_fkey FOREIGN KEY (location_id) REFERENCES pokedex.locations(id);
ALTER TABLE pokedex.locations ADD CONSTRAINT locations_region_id_fkey FOREIGN KEY (region_id) REFERENCES pokedex.regions(id);
ALTER TABLE pokedex.machines ADD CONSTRAINT machines_item_id_fkey FOREIGN KEY (item_id) REFERENCES pokedex.items(id);
ALTER TABLE pokedex.machines ADD CONSTRAINT machines_move_id_fkey FOREIGN KEY (move_id) REFERENCES pokedex.moves(id);
ALTER TABLE pokedex.machines ADD CONSTRAINT machines_version_group_id_fkey FOREIGN KEY (version_group_id) REFERENCES pokedex.version_groups(id);
ALTER TABLE pokedex.move_battle_style_prose ADD CONSTRAINT move_battle_style_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.move_battle_style_prose ADD CONSTRAINT move_battle_style_prose_move_battle_style_id_fkey FOREIGN KEY (move_battle_style_id) REFERENCES pokedex.move_battle_styles(id);
ALTER TABLE pokedex.move_changelog ADD CONSTRAINT move_changelog_changed_in_version_group_id_fkey FOREIGN KEY (changed_in_version_group_id) REFERENCES pokedex.version_groups(id);
ALTER TABLE pokedex.move_changelog ADD CONSTRAINT move_changelog_effect_id_fkey FOREIGN KEY (effect_id) REFERENCES pokedex.move_effects(id);
ALTER TABLE pokedex.move_changelog ADD CONSTRAINT move_changelog_move_id_fkey FOREIGN KEY (move_id) REFERENCES pokedex.moves(id);
ALTER TABLE pokedex.move_changelog ADD CONSTRAINT move_changelog_target_id_fkey FOREIGN KEY (target_id) REFERENCES pokedex.move_targets(id);
ALTER TABLE pokedex.move_changelog ADD CONSTRAINT move_changelog_type_id_fkey FOREIGN KEY (type_id) REFERENCES pokedex.types(id);
ALTER TABLE pokedex.move_damage_class_prose ADD CONSTRAINT move_damage_class_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.move_damage_class_prose ADD CONSTRAINT move_damage_class_prose_move_damage_class_id_fkey FOREIGN KEY (move_damage_class_id) REFERENCES pokedex.move_damage_classes(id);
ALTER TABLE pokedex.move_effect_changelog ADD CONSTRAINT move_effect_changelog_changed_in_version_group_id_fkey FOREIGN KEY (changed_in_version_group_id) REFERENCES pokedex.version_groups(id);
ALTER TABLE pokedex.move_effect_changelog ADD CONSTRAINT move_effect_changelog_effect_id_fkey FOREIGN KEY (effect_id) REFERENCES pokedex.move_effects(id);
ALTER TABLE pokedex.move_effect_changelog_prose ADD CONSTRAINT move_effect_changelog_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.move_effect_changelog_prose ADD CONSTRAINT move_effect_changelog_prose_move_effect_changelog_id_fkey FOREIGN KEY (move_effect_changelog_id) REFERENCES pokedex.move_effect_changelog(id);
ALTER TABLE pokedex.move_effect_prose ADD CONSTRAINT move_effect_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.move_effect_prose ADD CONSTRAINT move_effect_prose_move_effect_id_fkey FOREIGN KEY (move_effect_id) REFERENCES pokedex.move_effects(id);
ALTER TABLE pokedex.move_flag_map ADD CONSTRAINT move_flag_map_move_flag_id_fkey FOREIGN KEY (move_flag_id) REFERENCES pokedex.move_flags(id);
ALTER TABLE pokedex.move_flag_map ADD CONSTRAINT move_flag_map_move_id_fkey FOREIGN KEY (move_id) REFERENCES pokedex.moves(id);
ALTER TABLE pokedex.move_flag_prose ADD CONSTRAINT move_flag_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.move_flag_prose ADD CONSTRAINT move_flag_prose_move_flag_id_fkey FOREIGN KEY (move_flag_id) REFERENCES pokedex.move_flags(id);
ALTER TABLE pokedex.move_flavor_summaries ADD CONSTRAINT move_flavor_summaries_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.move_flavor_summaries ADD CONSTRAINT move_flavor_summaries_move_id_fkey FOREIGN KEY (move_id) REFERENCES pokedex.moves(id);
ALTER TABLE pokedex.move_flavor_text ADD CONSTRAINT move_flavor_text_language_id_fkey FOREIGN KEY (language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.move_flavor_text ADD CONSTRAINT move_flavor_text_move_id_fkey FOREIGN KEY (move_id) REFERENCES pokedex.moves(id);
ALTER TABLE pokedex.move_flavor_text ADD CONSTRAINT move_flavor_text_version_group_id_fkey FOREIGN KEY (version_group_id) REFERENCES pokedex.version_groups(id);
ALTER TABLE pokedex.move_meta ADD CONSTRAINT move_meta_meta_ailment_id_fkey FOREIGN KEY (meta_ailment_id) REFERENCES pokedex.move_meta_ailments(id);
ALTER TABLE pokedex.move_meta ADD CONSTRAINT move_meta_meta_category_id_fkey FOREIGN KEY (meta_category_id) REFERENCES pokedex.move_meta_categories(id);
ALTER TABLE pokedex.move_meta ADD CONSTRAINT move_meta_move_id_fkey FOREIGN KEY (move_id) REFERENCES pokedex.moves(id);
ALTER TABLE pokedex.move_meta_ailment_names ADD CONSTRAINT move_meta_ailment_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.move_meta_ailment_names ADD CONSTRAINT move_meta_ailment_names_move_meta_ailment_id_fkey FOREIGN KEY (move_meta_ailment_id) REFERENCES pokedex.move_meta_ailments(id);
ALTER TABLE pokedex.move_meta_category_prose ADD CONSTRAINT move_meta_category_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.move_meta_category_prose ADD CONSTRAINT move_meta_category_prose_move_meta_category_id_fkey FOREIGN KEY (move_meta_category_id) REFERENCES pokedex.move_meta_categories(id);
ALTER TABLE pokedex.move_meta_stat_changes ADD CONSTRAINT move_meta_stat_changes_move_id_fkey FOREIGN KEY (move_id) REFERENCES pokedex.moves(id);
ALTER TABLE pokedex.move_meta_stat_changes ADD CONSTRAINT move_meta_stat_changes_stat_id_fkey FOREIGN KEY (stat_id) REFERENCES pokedex.stats(id);
ALTER TABLE pokedex.move_names ADD CONSTRAINT move_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.move_names ADD CONSTRAINT move_names_move_id_fkey FOREIGN KEY (move_id) REFERENCES pokedex.moves(id);
ALTER TABLE pokedex.move_target_prose ADD CONSTRAINT move_target_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.move_target_prose ADD CONSTRAINT move_target_prose_move_target_id_fkey FOREIGN KEY (move_target_id) REFERENCES pokedex.move_targets(id);
ALTER TABLE pokedex.moves ADD CONSTRAINT moves_contest_effect_id_fkey FOREIGN KEY (contest_effect_id) REFERENCES pokedex.contest_effects(id);
ALTER TABLE pokedex.moves ADD CONSTRAINT moves_contest_type_id_fkey FOREIGN KEY (contest_type_id) REFERENCES pokedex.contest_types(id);
ALTER TABLE pokedex.moves ADD CONSTRAINT moves_damage_class_id_fkey FOREIGN KEY (damage_class_id) REFERENCES pokedex.move_damage_classes(id);
ALTER TABLE pokedex.moves ADD CONSTRAINT moves_effect_id_fkey FOREIGN KEY (effect_id) REFERENCES pokedex.move_effects(id);
ALTER TABLE pokedex.moves ADD CONSTRAINT moves_generation_id_fkey FOREIGN KEY (generation_id) REFERENCES pokedex.generations(id);
ALTER TABLE pokedex.moves ADD CONSTRAINT moves_super_contest_effect_id_fkey FOREIGN KEY (super_contest_effect_id) REFERENCES pokedex.super_contest_effects(id);
ALTER TABLE pokedex.moves ADD CONSTRAINT moves_target_id_fkey FOREIGN KEY (target_id) REFERENCES pokedex.move_targets(id);
ALTER TABLE pokedex.moves ADD CONSTRAINT moves_type_id_fkey FOREIGN KEY (type_id) REFERENCES pokedex.types(id);
ALTER TABLE pokedex.nature_battle_style_preferences ADD CONSTRAINT nature_battle_style_preferences_move_battle_style_id_fkey FOREIGN KEY (move_battle_style_id) REFERENCES pokedex.move_battle_styles(id);
ALTER TABLE pokedex.nature_battle_style_preferences ADD CONSTRAINT nature_battle_style_preferences_nature_id_fkey FOREIGN KEY (nature_id) REFERENCES pokedex.natures(id);
ALTER TABLE pokedex.nature_names ADD CONSTRAINT nature_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.nature_names ADD CONSTRAINT nature_names_nature_id_fkey FOREIGN KEY (nature_id) REFERENCES pokedex.natures(id);
ALTER TABLE pokedex.nature_pokeathlon_stats ADD CONSTRAINT nature_pokeathlon_stats_nature_id_fkey FOREIGN KEY (nature_id) REFERENCES pokedex.natures(id);
ALTER TABLE pokedex.nature_pokeathlon_stats ADD CONSTRAINT nature_pokeathlon_stats_pokeathlon_stat_id_fkey FOREIGN KEY (pokeathlon_stat_id) REFERENCES pokedex.pokeathlon_stats(id);
ALTER TABLE pokedex.natures ADD CONSTRAINT natures_decreased_stat_id_fkey FOREIGN KEY (decreased_stat_id) REFERENCES pokedex.stats(id);
ALTER TABLE pokedex.natures ADD CONSTRAINT natures_hates_flavor_id_fkey FOREIGN KEY (hates_flavor_id) REFERENCES pokedex.contest_types(id);
ALTER TABLE pokedex.natures ADD CONSTRAINT natures_increased_stat_id_fkey FOREIGN KEY (increased_stat_id) REFERENCES pokedex.stats(id);
ALTER TABLE pokedex.natures ADD CONSTRAINT natures_likes_flavor_id_fkey FOREIGN KEY (likes_flavor_id) REFERENCES pokedex.contest_types(id);
ALTER TABLE pokedex.pal_park ADD CONSTRAINT pal_park_area_id_fkey FOREIGN KEY (area_id) REFERENCES pokedex.pal_park_areas(id);
ALTER TABLE pokedex.pal_park ADD CONSTRAINT pal_park_species_id_fkey FOREIGN KEY (species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.pal_park_area_names ADD CONSTRAINT pal_park_area_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.pal_park_area_names ADD CONSTRAINT pal_park_area_names_pal_park_area_id_fkey FOREIGN KEY (pal_park_area_id) REFERENCES pokedex.pal_park_areas(id);
ALTER TABLE pokedex.pokeathlon_stat_names ADD CONSTRAINT pokeathlon_stat_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.pokeathlon_stat_names ADD CONSTRAINT pokeathlon_stat_names_pokeathlon_stat_id_fkey FOREIGN KEY (pokeathlon_stat_id) REFERENCES pokedex.pokeathlon_stats(id);
ALTER TABLE pokedex.pokedex_prose ADD CONSTRAINT pokedex_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.pokedex_prose ADD CONSTRAINT pokedex_prose_pokedex_id_fkey FOREIGN KEY (pokedex_id) REFERENCES pokedex.pokedexes(id);
ALTER TABLE pokedex.pokedex_version_groups ADD CONSTRAINT pokedex_version_groups_pokedex_id_fkey FOREIGN KEY (pokedex_id) REFERENCES pokedex.pokedexes(id);
ALTER TABLE pokedex.pokedex_version_groups ADD CONSTRAINT pokedex_version_groups_version_group_id_fkey FOREIGN KEY (version_group_id) REFERENCES pokedex.version_groups(id);
ALTER TABLE pokedex.pokedexes ADD CONSTRAINT pokedexes_region_id_fkey FOREIGN KEY (region_id) REFERENCES pokedex.regions(id);
ALTER TABLE pokedex.pokemon ADD CONSTRAINT pokemon_species_id_fkey FOREIGN KEY (species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.pokemon_abilities ADD CONSTRAINT pokemon_abilities_ability_id_fkey FOREIGN KEY (ability_id) REFERENCES pokedex.abilities(id);
ALTER TABLE pokedex.pokemon_abilities ADD CONSTRAINT pokemon_abilities_pokemon_id_fkey FOREIGN KEY (pokemon_id) REFERENCES pokedex.pokemon(id);
ALTER TABLE pokedex.pokemon_color_names ADD CONSTRAINT pokemon_color_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.pokemon_color_names ADD CONSTRAINT pokemon_color_names_pokemon_color_id_fkey FOREIGN KEY (pokemon_color_id) REFERENCES pokedex.pokemon_colors(id);
ALTER TABLE pokedex.pokemon_dex_numbers ADD CONSTRAINT pokemon_dex_numbers_pokedex_id_fkey FOREIGN KEY (pokedex_id) REFERENCES pokedex.pokedexes(id);
ALTER TABLE pokedex.pokemon_dex_numbers ADD CONSTRAINT pokemon_dex_numbers_species_id_fkey FOREIGN KEY (species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.pokemon_egg_groups ADD CONSTRAINT pokemon_egg_groups_egg_group_id_fkey FOREIGN KEY (egg_group_id) REFERENCES pokedex.egg_groups(id);
ALTER TABLE pokedex.pokemon_egg_groups ADD CONSTRAINT pokemon_egg_groups_species_id_fkey FOREIGN KEY (species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.pokemon_evolution ADD CONSTRAINT pokemon_evolution_evolution_trigger_id_fkey FOREIGN KEY (evolution_trigger_id) REFERENCES pokedex.evolution_triggers(id);
ALTER TABLE pokedex.pokemon_evolution ADD CONSTRAINT pokemon_evolution_evolved_species_id_fkey FOREIGN KEY (evolved_species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.pokemon_evolution ADD CONSTRAINT pokemon_evolution_gender_id_fkey FOREIGN KEY (gender_id) REFERENCES pokedex.genders(id);
ALTER TABLE pokedex.pokemon_evolution ADD CONSTRAINT pokemon_evolution_held_item_id_fkey FOREIGN KEY (held_item_id) REFERENCES pokedex.items(id);
ALTER TABLE pokedex.pokemon_evolution ADD CONSTRAINT pokemon_evolution_known_move_id_fkey FOREIGN KEY (known_move_id) REFERENCES pokedex.moves(id);
ALTER TABLE pokedex.pokemon_evolution ADD CONSTRAINT pokemon_evolution_known_move_type_id_fkey FOREIGN KEY (known_move_type_id) REFERENCES pokedex.types(id);
ALTER TABLE pokedex.pokemon_evolution ADD CONSTRAINT pokemon_evolution_location_id_fkey FOREIGN KEY (location_id) REFERENCES pokedex.locations(id);
ALTER TABLE pokedex.pokemon_evolution ADD CONSTRAINT pokemon_evolution_party_species_id_fkey FOREIGN KEY (party_species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.pokemon_evolution ADD CONSTRAINT pokemon_evolution_party_type_id_fkey FOREIGN KEY (party_type_id) REFERENCES pokedex.types(id);
ALTER TABLE pokedex.pokemon_evolution ADD CONSTRAINT pokemon_evolution_trade_species_id_fkey FOREIGN KEY (trade_species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.pokemon_evolution ADD CONSTRAINT pokemon_evolution_trigger_item_id_fkey FOREIGN KEY (trigger_item_id) REFERENCES pokedex.items(id);
ALTER TABLE pokedex.pokemon_form_generations ADD CONSTRAINT pokemon_form_generations_generation_id_fkey FOREIGN KEY (generation_id) REFERENCES pokedex.generations(id);
ALTER TABLE pokedex.pokemon_form_generations ADD CONSTRAINT pokemon_form_generations_pokemon_form_id_fkey FOREIGN KEY (pokemon_form_id) REFERENCES pokedex.pokemon_forms(id);
ALTER TABLE pokedex.pokemon_form_names ADD CONSTRAINT pokemon_form_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.pokemon_form_names ADD CONSTRAINT pokemon_form_names_pokemon_form_id_fkey FOREIGN KEY (pokemon_form_id) REFERENCES pokedex.pokemon_forms(id);
ALTER TABLE pokedex.pokemon_form_pokeathlon_stats ADD CONSTRAINT pokemon_form_pokeathlon_stats_pokeathlon_stat_id_fkey FOREIGN KEY (pokeathlon_stat_id) REFERENCES pokedex.pokeathlon_stats(id);
ALTER TABLE pokedex.pokemon_form_pokeathlon_stats ADD CONSTRAINT pokemon_form_pokeathlon_stats_pokemon_form_id_fkey FOREIGN KEY (pokemon_form_id) REFERENCES pokedex.pokemon_forms(id);
ALTER TABLE pokedex.pokemon_forms ADD CONSTRAINT pokemon_forms_introduced_in_version_group_id_fkey FOREIGN KEY (introduced_in_version_group_id) REFERENCES pokedex.version_groups(id);
ALTER TABLE pokedex.pokemon_forms ADD CONSTRAINT pokemon_forms_pokemon_id_fkey FOREIGN KEY (pokemon_id) REFERENCES pokedex.pokemon(id);
ALTER TABLE pokedex.pokemon_game_indices ADD CONSTRAINT pokemon_game_indices_pokemon_id_fkey FOREIGN KEY (pokemon_id) REFERENCES pokedex.pokemon(id);
ALTER TABLE pokedex.pokemon_game_indices ADD CONSTRAINT pokemon_game_indices_version_id_fkey FOREIGN KEY (version_id) REFERENCES pokedex.versions(id);
ALTER TABLE pokedex.pokemon_habitat_names ADD CONSTRAINT pokemon_habitat_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.pokemon_habitat_names ADD CONSTRAINT pokemon_habitat_names_pokemon_habitat_id_fkey FOREIGN KEY (pokemon_habitat_id) REFERENCES pokedex.pokemon_habitats(id);
ALTER TABLE pokedex.pokemon_items ADD CONSTRAINT pokemon_items_item_id_fkey FOREIGN KEY (item_id) REFERENCES pokedex.items(id);
ALTER TABLE pokedex.pokemon_items ADD CONSTRAINT pokemon_items_pokemon_id_fkey FOREIGN KEY (pokemon_id) REFERENCES pokedex.pokemon(id);
ALTER TABLE pokedex.pokemon_items ADD CONSTRAINT pokemon_items_version_id_fkey FOREIGN KEY (version_id) REFERENCES pokedex.versions(id);
ALTER TABLE pokedex.pokemon_move_method_prose ADD CONSTRAINT pokemon_move_method_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.pokemon_move_method_prose ADD CONSTRAINT pokemon_move_method_prose_pokemon_move_method_id_fkey FOREIGN KEY (pokemon_move_method_id) REFERENCES pokedex.pokemon_move_methods(id);
ALTER TABLE pokedex.pokemon_moves ADD CONSTRAINT pokemon_moves_move_id_fkey FOREIGN KEY (move_id) REFERENCES pokedex.moves(id);
ALTER TABLE pokedex.pokemon_moves ADD CONSTRAINT pokemon_moves_pokemon_id_fkey FOREIGN KEY (pokemon_id) REFERENCES pokedex.pokemon(id);
ALTER TABLE pokedex.pokemon_moves ADD CONSTRAINT pokemon_moves_pokemon_move_method_id_fkey FOREIGN KEY (pokemon_move_method_id) REFERENCES pokedex.pokemon_move_methods(id);
ALTER TABLE pokedex.pokemon_moves ADD CONSTRAINT pokemon_moves_version_group_id_fkey FOREIGN KEY (version_group_id) REFERENCES pokedex.version_groups(id);
ALTER TABLE pokedex.pokemon_shape_prose ADD CONSTRAINT pokemon_shape_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.pokemon_shape_prose ADD CONSTRAINT pokemon_shape_prose_pokemon_shape_id_fkey FOREIGN KEY (pokemon_shape_id) REFERENCES pokedex.pokemon_shapes(id);
ALTER TABLE pokedex.pokemon_species ADD CONSTRAINT pokemon_species_color_id_fkey FOREIGN KEY (color_id) REFERENCES pokedex.pokemon_colors(id);
ALTER TABLE pokedex.pokemon_species ADD CONSTRAINT pokemon_species_evolution_chain_id_fkey FOREIGN KEY (evolution_chain_id) REFERENCES pokedex.evolution_chains(id);
ALTER TABLE pokedex.pokemon_species ADD CONSTRAINT pokemon_species_evolves_from_species_id_fkey FOREIGN KEY (evolves_from_species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.pokemon_species ADD CONSTRAINT pokemon_species_generation_id_fkey FOREIGN KEY (generation_id) REFERENCES pokedex.generations(id);
ALTER TABLE pokedex.pokemon_species ADD CONSTRAINT pokemon_species_growth_rate_id_fkey FOREIGN KEY (growth_rate_id) REFERENCES pokedex.growth_rates(id);
ALTER TABLE pokedex.pokemon_species ADD CONSTRAINT pokemon_species_habitat_id_fkey FOREIGN KEY (habitat_id) REFERENCES pokedex.pokemon_habitats(id);
ALTER TABLE pokedex.pokemon_species ADD CONSTRAINT pokemon_species_shape_id_fkey FOREIGN KEY (shape_id) REFERENCES pokedex.pokemon_shapes(id);
ALTER TABLE pokedex.pokemon_species_flavor_summaries ADD CONSTRAINT pokemon_species_flavor_summaries_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.pokemon_species_flavor_summaries ADD CONSTRAINT pokemon_species_flavor_summaries_pokemon_species_id_fkey FOREIGN KEY (pokemon_species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.pokemon_species_flavor_text ADD CONSTRAINT pokemon_species_flavor_text_language_id_fkey FOREIGN KEY (language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.pokemon_species_flavor_text ADD CONSTRAINT pokemon_species_flavor_text_species_id_fkey FOREIGN KEY (species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.pokemon_species_flavor_text ADD CONSTRAINT pokemon_species_flavor_text_version_id_fkey FOREIGN KEY (version_id) REFERENCES pokedex.versions(id);
ALTER TABLE pokedex.pokemon_species_names ADD CONSTRAINT pokemon_species_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.pokemon_species_names ADD CONSTRAINT pokemon_species_names_pokemon_species_id_fkey FOREIGN KEY (pokemon_species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.pokemon_species_prose ADD CONSTRAINT pokemon_species_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.pokemon_species_prose ADD CONSTRAINT pokemon_species_prose_pokemon_species_id_fkey FOREIGN KEY (pokemon_species_id) REFERENCES pokedex.pokemon_species(id);
ALTER TABLE pokedex.pokemon_stats ADD CONSTRAINT pokemon_stats_pokemon_id_fkey FOREIGN KEY (pokemon_id) REFERENCES pokedex.pokemon(id);
ALTER TABLE pokedex.pokemon_stats ADD CONSTRAINT pokemon_stats_stat_id_fkey FOREIGN KEY (stat_id) REFERENCES pokedex.stats(id);
ALTER TABLE pokedex.pokemon_types ADD CONSTRAINT pokemon_types_pokemon_id_fkey FOREIGN KEY (pokemon_id) REFERENCES pokedex.pokemon(id);
ALTER TABLE pokedex.pokemon_types ADD CONSTRAINT pokemon_types_type_id_fkey FOREIGN KEY (type_id) REFERENCES pokedex.types(id);
ALTER TABLE pokedex.region_names ADD CONSTRAINT region_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.region_names ADD CONSTRAINT region_names_region_id_fkey FOREIGN KEY (region_id) REFERENCES pokedex.regions(id);
ALTER TABLE pokedex.stat_names ADD CONSTRAINT stat_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.stat_names ADD CONSTRAINT stat_names_stat_id_fkey FOREIGN KEY (stat_id) REFERENCES pokedex.stats(id);
ALTER TABLE pokedex.stats ADD CONSTRAINT stats_damage_class_id_fkey FOREIGN KEY (damage_class_id) REFERENCES pokedex.move_damage_classes(id);
ALTER TABLE pokedex.super_contest_combos ADD CONSTRAINT super_contest_combos_first_move_id_fkey FOREIGN KEY (first_move_id) REFERENCES pokedex.moves(id);
ALTER TABLE pokedex.super_contest_combos ADD CONSTRAINT super_contest_combos_second_move_id_fkey FOREIGN KEY (second_move_id) REFERENCES pokedex.moves(id);
ALTER TABLE pokedex.super_contest_effect_prose ADD CONSTRAINT super_contest_effect_prose_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.super_contest_effect_prose ADD CONSTRAINT super_contest_effect_prose_super_contest_effect_id_fkey FOREIGN KEY (super_contest_effect_id) REFERENCES pokedex.super_contest_effects(id);
ALTER TABLE pokedex.type_efficacy ADD CONSTRAINT type_efficacy_damage_type_id_fkey FOREIGN KEY (damage_type_id) REFERENCES pokedex.types(id);
ALTER TABLE pokedex.type_efficacy ADD CONSTRAINT type_efficacy_target_type_id_fkey FOREIGN KEY (target_type_id) REFERENCES pokedex.types(id);
ALTER TABLE pokedex.type_game_indices ADD CONSTRAINT type_game_indices_generation_id_fkey FOREIGN KEY (generation_id) REFERENCES pokedex.generations(id);
ALTER TABLE pokedex.type_game_indices ADD CONSTRAINT type_game_indices_type_id_fkey FOREIGN KEY (type_id) REFERENCES pokedex.types(id);
ALTER TABLE pokedex.type_names ADD CONSTRAINT type_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.type_names ADD CONSTRAINT type_names_type_id_fkey FOREIGN KEY (type_id) REFERENCES pokedex.types(id);
ALTER TABLE pokedex.types ADD CONSTRAINT types_damage_class_id_fkey FOREIGN KEY (damage_class_id) REFERENCES pokedex.move_damage_classes(id);
ALTER TABLE pokedex.types ADD CONSTRAINT types_generation_id_fkey FOREIGN KEY (generation_id) REFERENCES pokedex.generations(id);
ALTER TABLE pokedex.version_group_pokemon_move_methods ADD CONSTRAINT version_group_pokemon_move_methods_pokemon_move_method_id_fkey FOREIGN KEY (pokemon_move_method_id) REFERENCES pokedex.pokemon_move_methods(id);
ALTER TABLE pokedex.version_group_pokemon_move_methods ADD CONSTRAINT version_group_pokemon_move_methods_version_group_id_fkey FOREIGN KEY (version_group_id) REFERENCES pokedex.version_groups(id);
ALTER TABLE pokedex.version_group_regions ADD CONSTRAINT version_group_regions_region_id_fkey FOREIGN KEY (region_id) REFERENCES pokedex.regions(id);
ALTER TABLE pokedex.version_group_regions ADD CONSTRAINT version_group_regions_version_group_id_fkey FOREIGN KEY (version_group_id) REFERENCES pokedex.version_groups(id);
ALTER TABLE pokedex.version_groups ADD CONSTRAINT version_groups_generation_id_fkey FOREIGN KEY (generation_id) REFERENCES pokedex.generations(id);
ALTER TABLE pokedex.version_names ADD CONSTRAINT version_names_local_language_id_fkey FOREIGN KEY (local_language_id) REFERENCES pokedex.languages(id);
ALTER TABLE pokedex.version_names ADD CONSTRAINT version_names_version_id_fkey FOREIGN KEY (version_id) REFERENCES pokedex.versions(id);
ALTER TABLE pokedex.versions ADD CONSTRAINT versions_version_group_id_fkey FOREIGN KEY (version_group_id) REFERENCES pokedex.version_groups(id);
COMMENT ON TABLE pokedex.abilities IS 'An ability a Pokémon can have, such as Static or Pressure. IDs below 10000 match the internal ID in the games. IDs above 10000 are reserved for Conquest-only abilities.';
COMMENT ON COLUMN pokedex.abilities.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.abilities.generation_id IS 'The ID of the generation this ability was introduced in';
COMMENT ON COLUMN pokedex.abilities.is_main_series IS 'True iff the ability exists in the main series.';
COMMENT ON TABLE pokedex.ability_changelog IS 'History of changes to abilities across main game versions.';
COMMENT ON COLUMN pokedex.ability_changelog.id IS 'This change''s unique ID';
COMMENT ON COLUMN pokedex.ability_changelog.ability_id IS 'The ID of the ability that changed';
COMMENT ON COLUMN pokedex.ability_changelog.changed_in_version_group_id IS 'The ID of the version group in which the ability changed';
COMMENT ON COLUMN pokedex.ability_changelog_prose.ability_changelog_id IS 'ID of the ability_changelog these texts relate to';
COMMENT ON COLUMN pokedex.ability_changelog_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.ability_changelog_prose.effect IS 'A description of the old behavior';
COMMENT ON TABLE pokedex.ability_flavor_text IS 'In-game flavor text of an ability.';
COMMENT ON COLUMN pokedex.ability_flavor_text.ability_id IS 'The ID of the ability';
COMMENT ON COLUMN pokedex.ability_flavor_text.version_group_id IS 'The ID of the version group this flavor text is taken from';
COMMENT ON COLUMN pokedex.ability_flavor_text.language_id IS 'The language';
COMMENT ON COLUMN pokedex.ability_flavor_text.flavor_text IS 'The actual flavor text';
COMMENT ON COLUMN pokedex.ability_names.ability_id IS 'ID of the ability these texts relate to';
COMMENT ON COLUMN pokedex.ability_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.ability_names.name IS 'The name';
COMMENT ON COLUMN pokedex.ability_prose.ability_id IS 'ID of the ability these texts relate to';
COMMENT ON COLUMN pokedex.ability_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.ability_prose.short_effect IS 'A short summary of this ability''s effect';
COMMENT ON COLUMN pokedex.ability_prose.effect IS 'A detailed description of this ability''s effect';
COMMENT ON TABLE pokedex.berries IS 'A Berry, consumable item that grows on trees. For data common to all items, such as the name, see the corresponding item entry. ID matches the in-game berry number.';
COMMENT ON COLUMN pokedex.berries.item_id IS 'The ID of the item that represents this Berry';
COMMENT ON COLUMN pokedex.berries.firmness_id IS 'The ID of this Berry''s firmness category';
COMMENT ON COLUMN pokedex.berries.natural_gift_power IS 'Natural Gift''s power when used with this Berry';
COMMENT ON COLUMN pokedex.berries.natural_gift_type_id IS 'The ID of the Type that Natural Gift has when used with this Berry';
COMMENT ON COLUMN pokedex.berries.size IS 'The size of this Berry, in millimeters';
COMMENT ON COLUMN pokedex.berries.max_harvest IS 'The maximum number of these berries that can grow on one tree in Generation IV';
COMMENT ON COLUMN pokedex.berries.growth_time IS 'Time it takes the tree to grow one stage, in hours. Berry trees go through four of these growth stages before they can be picked.';
COMMENT ON COLUMN pokedex.berries.soil_dryness IS 'The speed at which this Berry dries out the soil as it grows. A higher rate means the soil dries more quickly.';
COMMENT ON COLUMN pokedex.berries.smoothness IS 'The smoothness of this Berry, used in making Pokéblocks or Poffins';
COMMENT ON TABLE pokedex.berry_firmness IS 'A Berry firmness, such as "hard" or "very soft".';
COMMENT ON COLUMN pokedex.berry_firmness.id IS 'A unique ID for this firmness';
COMMENT ON COLUMN pokedex.berry_firmness.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.berry_firmness_names.berry_firmness_id IS 'ID of the berry_firmness these texts relate to';
COMMENT ON COLUMN pokedex.berry_firmness_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.berry_firmness_names.name IS 'The name';
COMMENT ON TABLE pokedex.berry_flavors IS 'A Berry flavor level.';
COMMENT ON COLUMN pokedex.berry_flavors.berry_id IS 'The ID of the berry';
COMMENT ON COLUMN pokedex.berry_flavors.contest_type_id IS 'The ID of the flavor';
COMMENT ON COLUMN pokedex.berry_flavors.flavor IS 'The level of the flavor in the berry';
COMMENT ON COLUMN pokedex.characteristic_text.characteristic_id IS 'ID of the characteristic these texts relate to';
COMMENT ON COLUMN pokedex.characteristic_text.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.characteristic_text.message IS 'The text displayed';
COMMENT ON TABLE pokedex.characteristics IS 'Flavor text hinting at genes that appears in a Pokémon''s summary.';
COMMENT ON COLUMN pokedex.characteristics.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.characteristics.stat_id IS 'ID of the stat with the highest gene';
COMMENT ON COLUMN pokedex.characteristics.gene_mod_5 IS 'Value of the highest gene modulo 5';
COMMENT ON COLUMN pokedex.conquest_episode_names.episode_id IS 'ID of the episode these texts relate to';
COMMENT ON COLUMN pokedex.conquest_episode_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.conquest_episode_names.name IS 'The name.';
COMMENT ON TABLE pokedex.conquest_episode_warriors IS 'A warrior featured in an episode in Pokémon Conquest. This needs its own table because of the player having two episodes and there being two players.';
COMMENT ON COLUMN pokedex.conquest_episode_warriors.episode_id IS 'The ID of the episode.';
COMMENT ON COLUMN pokedex.conquest_episode_warriors.warrior_id IS 'The ID of the warrior.';
COMMENT ON TABLE pokedex.conquest_episodes IS 'An episode from Pokémon Conquest: one of a bunch of mini-stories featuring a particular warrior. The main story, "The Legend of Ransei", also counts, even though it''s not in the episode select menu and there''s no way to replay it.';
COMMENT ON COLUMN pokedex.conquest_episodes.id IS 'An ID for this episode.';
COMMENT ON COLUMN pokedex.conquest_episodes.identifier IS 'A readable identifier for this episode.';
COMMENT ON COLUMN pokedex.conquest_kingdom_names.kingdom_id IS 'ID of the kingdom these texts relate to';
COMMENT ON COLUMN pokedex.conquest_kingdom_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.conquest_kingdom_names.name IS 'The name.';
COMMENT ON TABLE pokedex.conquest_kingdoms IS 'A kingdom in Pokémon Conquest.';
COMMENT ON COLUMN pokedex.conquest_kingdoms.id IS 'An ID for this kingdom.';
COMMENT ON COLUMN pokedex.conquest_kingdoms.identifier IS 'A readable identifier for this kingdom.';
COMMENT ON COLUMN pokedex.conquest_kingdoms.type_id IS 'The type associated with this kingdom in-game.';
COMMENT ON TABLE pokedex.conquest_max_links IS 'The maximum link a warrior rank can reach with a Pokémon in Pokémon Conquest.';
COMMENT ON COLUMN pokedex.conquest_max_links.warrior_rank_id IS 'The ID of the warrior rank.';
COMMENT ON COLUMN pokedex.conquest_max_links.pokemon_species_id IS 'The ID of the Pokémon species.';
COMMENT ON COLUMN pokedex.conquest_max_links.max_link IS 'The maximum link percentage this warrior rank and Pokémon can reach.';
COMMENT ON TABLE pokedex.conquest_move_data IS 'Data about a move in Pokémon Conquest.';
COMMENT ON COLUMN pokedex.conquest_move_data.move_id IS 'The ID of the move.';
COMMENT ON COLUMN pokedex.conquest_move_data.power IS 'The move''s power, null if it does no damage.';
COMMENT ON COLUMN pokedex.conquest_move_data.accuracy IS 'The move''s base accuracy, null if it is self-targeted or never misses.';
COMMENT ON COLUMN pokedex.conquest_move_data.effect_chance IS 'The chance as a percentage that the move''s secondary effect will trigger.';
COMMENT ON COLUMN pokedex.conquest_move_data.effect_id IS 'The ID of the move''s effect.';
COMMENT ON COLUMN pokedex.conquest_move_data.range_id IS 'The ID of the move''s range.';
COMMENT ON COLUMN pokedex.conquest_move_data.displacement_id IS 'The ID of the move''s displacement.';
COMMENT ON COLUMN pokedex.conquest_move_displacement_prose.move_displacement_id IS 'ID of the move_displacement these texts relate to';
COMMENT ON COLUMN pokedex.conquest_move_displacement_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.conquest_move_displacement_prose.name IS 'A name for the displacement.';
COMMENT ON COLUMN pokedex.conquest_move_displacement_prose.short_effect IS 'A short summary of how the displacement works, to be used in the move''s short effect.';
COMMENT ON COLUMN pokedex.conquest_move_displacement_prose.effect IS 'A detailed description of how the displacement works, to be used alongside the move''s long effect.';
COMMENT ON TABLE pokedex.conquest_move_displacements IS 'A way in which a move can cause the user or target to move to a different tile. If a move displaces its user, the move''s range is relative to the user''s original position.';
COMMENT ON COLUMN pokedex.conquest_move_displacements.id IS 'An ID for this displacement.';
COMMENT ON COLUMN pokedex.conquest_move_displacements.identifier IS 'A readable identifier for this displacement.';
COMMENT ON COLUMN pokedex.conquest_move_displacements.affects_target IS 'True iff the move displaces its target(s) and not its user.';
COMMENT ON COLUMN pokedex.conquest_move_effect_prose.conquest_move_effect_id IS 'ID of the conquest_move_effect these texts relate to';
COMMENT ON COLUMN pokedex.conquest_move_effect_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.conquest_move_effect_prose.short_effect IS 'A short summary of the effect';
COMMENT ON COLUMN pokedex.conquest_move_effect_prose.effect IS 'A detailed description of the effect';
COMMENT ON TABLE pokedex.conquest_move_effects IS 'An effect moves can have in Pokémon Conquest.';
COMMENT ON COLUMN pokedex.conquest_move_effects.id IS 'An ID for this effect.';
COMMENT ON COLUMN pokedex.conquest_move_range_prose.conquest_move_range_id IS 'ID of the conquest_move_range these texts relate to';
COMMENT ON COLUMN pokedex.conquest_move_range_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.conquest_move_range_prose.name IS 'A short name briefly describing the range';
COMMENT ON COLUMN pokedex.conquest_move_range_prose.description IS 'A detailed description of the range';
COMMENT ON TABLE pokedex.conquest_move_ranges IS 'A set of tiles moves can target in Pokémon Conquest.';
COMMENT ON COLUMN pokedex.conquest_move_ranges.id IS 'An ID for this range.';
COMMENT ON COLUMN pokedex.conquest_move_ranges.identifier IS 'A readable identifier for this range.';
COMMENT ON COLUMN pokedex.conquest_move_ranges.targets IS 'The number of tiles this range targets.';
COMMENT ON TABLE pokedex.conquest_pokemon_abilities IS 'An ability a Pokémon species has in Pokémon Conquest.';
COMMENT ON COLUMN pokedex.conquest_pokemon_abilities.pokemon_species_id IS 'The ID of the Pokémon species with this ability.';
COMMENT ON COLUMN pokedex.conquest_pokemon_abilities.slot IS 'The order abilities are listed in. Upon evolution, if a Pokémon''s abilities change, it will receive the one in the same slot.';
COMMENT ON COLUMN pokedex.conquest_pokemon_abilities.ability_id IS 'The ID of the ability.';
COMMENT ON TABLE pokedex.conquest_pokemon_evolution IS 'The conditions under which a Pokémon must successfully complete an action to evolve in Pokémon Conquest. Any condition may be null if it does not apply for a particular Pokémon.';
COMMENT ON COLUMN pokedex.conquest_pokemon_evolution.evolved_species_id IS 'The ID of the post-evolution species.';
COMMENT ON COLUMN pokedex.conquest_pokemon_evolution.required_stat_id IS 'The ID of the stat which minimum_stat applies to.';
COMMENT ON COLUMN pokedex.conquest_pokemon_evolution.minimum_stat IS 'The minimum value the Pokémon must have in a particular stat.';
COMMENT ON COLUMN pokedex.conquest_pokemon_evolution.minimum_link IS 'The minimum link percentage the Pokémon must have with its warrior.';
COMMENT ON COLUMN pokedex.conquest_pokemon_evolution.kingdom_id IS 'The ID of the kingdom in which this Pokémon must complete an action after meeting all other requirements.';
COMMENT ON COLUMN pokedex.conquest_pokemon_evolution.warrior_gender_id IS 'The ID of the gender the Pokémon''s warrior must be.';
COMMENT ON COLUMN pokedex.conquest_pokemon_evolution.item_id IS 'The ID of the item the Pokémon''s warrior must have equipped.';
COMMENT ON COLUMN pokedex.conquest_pokemon_evolution.recruiting_ko_required IS 'If true, the Pokémon must KO a Pokémon under the right conditions to recruit that Pokémon''s warrior.';
COMMENT ON TABLE pokedex.conquest_pokemon_moves IS 'A Pokémon''s move in Pokémon Conquest. Yes, "move"; each Pokémon has exactly one.';
COMMENT ON COLUMN pokedex.conquest_pokemon_moves.pokemon_species_id IS 'The ID of the Pokémon species.';
COMMENT ON COLUMN pokedex.conquest_pokemon_moves.move_id IS 'The ID of the move.';
COMMENT ON TABLE pokedex.conquest_pokemon_stats IS 'A Pokémon''s base stat in Pokémon Conquest. The main four base stats in Conquest are derived from level 100 stats in the main series (ignoring effort, genes, and natures). Attack matches either Attack or Special Attack, and Defense matches the average of Defense and Special Defense. HP and Speed are the same.';
COMMENT ON COLUMN pokedex.conquest_pokemon_stats.pokemon_species_id IS 'The ID of the Pokémon species.';
COMMENT ON COLUMN pokedex.conquest_pokemon_stats.conquest_stat_id IS 'The ID of the stat.';
COMMENT ON COLUMN pokedex.conquest_pokemon_stats.base_stat IS 'The base stat.';
COMMENT ON COLUMN pokedex.conquest_stat_names.conquest_stat_id IS 'ID of the conquest_stat these texts relate to';
COMMENT ON COLUMN pokedex.conquest_stat_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.conquest_stat_names.name IS 'The name.';
COMMENT ON TABLE pokedex.conquest_stats IS 'A stat Pokémon have in Pokémon Conquest.';
COMMENT ON COLUMN pokedex.conquest_stats.id IS 'An ID for this stat.';
COMMENT ON COLUMN pokedex.conquest_stats.identifier IS 'A readable identifier for this stat.';
COMMENT ON COLUMN pokedex.conquest_stats.is_base IS 'True iff this is one of the main stats, calculated for individual Pokémon.';
COMMENT ON TABLE pokedex.conquest_transformation_pokemon IS 'A Pokémon that satisfies a warrior transformation''s link condition. If a warrior has one or more Pokémon listed here, they only need to raise one of them to the required link.';
COMMENT ON COLUMN pokedex.conquest_transformation_pokemon.transformation_id IS 'The ID of the corresponding transformation, in turn a warrior rank ID.';
COMMENT ON COLUMN pokedex.conquest_transformation_pokemon.pokemon_species_id IS 'The ID of the Pokémon species.';
COMMENT ON TABLE pokedex.conquest_transformation_warriors IS 'A warrior who must be present in the same nation as another warrior for the latter to transform into their next rank. If a warrior has one or more other warriors listed here, they *all* need to gather in the same nation for the transformation to take place.';
COMMENT ON COLUMN pokedex.conquest_transformation_warriors.transformation_id IS 'The ID of the corresponding transformation, in turn a warrior rank ID.';
COMMENT ON COLUMN pokedex.conquest_transformation_warriors.present_warrior_id IS 'The ID of the other warrior who must be present.';
COMMENT ON TABLE pokedex.conquest_warrior_archetypes IS 'An archetype that generic warriors in Pokémon Conquest can have. All warriors of a particular archetype share sprites and dialogue. Some of these are unused as warriors because they exist only as NPCs. They should still be kept because we have their sprites and may eventually get their dialogue.';
COMMENT ON COLUMN pokedex.conquest_warrior_archetypes.id IS 'An ID for this archetype.';
COMMENT ON COLUMN pokedex.conquest_warrior_archetypes.identifier IS 'A readable identifier describing this archetype.';
COMMENT ON COLUMN pokedex.conquest_warrior_names.warrior_id IS 'ID of the warrior these texts relate to';
COMMENT ON COLUMN pokedex.conquest_warrior_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.conquest_warrior_names.name IS 'The name.';
COMMENT ON TABLE pokedex.conquest_warrior_rank_stat_map IS 'Any of a warrior rank''s warrior stats in Pokémon Conquest.';
COMMENT ON COLUMN pokedex.conquest_warrior_rank_stat_map.warrior_rank_id IS 'The ID of the warrior rank.';
COMMENT ON COLUMN pokedex.conquest_warrior_rank_stat_map.warrior_stat_id IS 'The ID of the warrior stat.';
COMMENT ON COLUMN pokedex.conquest_warrior_rank_stat_map.base_stat IS 'The stat.';
COMMENT ON TABLE pokedex.conquest_warrior_ranks IS 'A warrior at a particular rank in Pokémon Conquest. These are used for whatever changes between ranks, much like Pokémon forms. Generic warriors who have only one rank are also represented here, with a single row. To clarify, each warrior''s ranks are individually called "warrior ranks" here; for example, "Rank 2 Nobunaga" is an example of a warrior rank, not just "Rank 2".';
COMMENT ON COLUMN pokedex.conquest_warrior_ranks.id IS 'An ID for this warrior rank.';
COMMENT ON COLUMN pokedex.conquest_warrior_ranks.warrior_id IS 'The ID of the warrior.';
COMMENT ON COLUMN pokedex.conquest_warrior_ranks.rank IS 'The rank number.';
COMMENT ON COLUMN pokedex.conquest_warrior_ranks.skill_id IS 'The ID of this warrior rank''s warrior skill.';
COMMENT ON COLUMN pokedex.conquest_warrior_skill_names.skill_id IS 'ID of the skill these texts relate to';
COMMENT ON COLUMN pokedex.conquest_warrior_skill_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.conquest_warrior_skill_names.name IS 'The name.';
COMMENT ON TABLE pokedex.conquest_warrior_skills IS 'A warrior skill in Pokémon Conquest.';
COMMENT ON COLUMN pokedex.conquest_warrior_skills.id IS 'An ID for this skill.';
COMMENT ON COLUMN pokedex.conquest_warrior_skills.identifier IS 'A readable identifier for this skill.';
COMMENT ON TABLE pokedex.conquest_warrior_specialties IS 'A warrior''s specialty types in Pokémon Conquest. These have no actual effect on gameplay; they just indicate which types of Pokémon each warrior generally has strong maximum links with.';
COMMENT ON COLUMN pokedex.conquest_warrior_specialties.warrior_id IS 'The ID of the warrior.';
COMMENT ON COLUMN pokedex.conquest_warrior_specialties.type_id IS 'The ID of the type.';
COMMENT ON COLUMN pokedex.conquest_warrior_specialties.slot IS 'The order in which the warrior''s types are listed.';
COMMENT ON COLUMN pokedex.conquest_warrior_stat_names.warrior_stat_id IS 'ID of the warrior_stat these texts relate to';
COMMENT ON COLUMN pokedex.conquest_warrior_stat_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.conquest_warrior_stat_names.name IS 'The name.';
COMMENT ON TABLE pokedex.conquest_warrior_stats IS 'A stat that warriors have in Pokémon Conquest.';
COMMENT ON COLUMN pokedex.conquest_warrior_stats.id IS 'An ID for this stat.';
COMMENT ON COLUMN pokedex.conquest_warrior_stats.identifier IS 'A readable identifier for this stat.';
COMMENT ON TABLE pokedex.conquest_warrior_transformation IS 'The conditions under which a warrior must perform an action in order to transform to the next rank. Or most of them, anyway. See also ConquestTransformationPokemon and ConquestTransformationWarrior.';
COMMENT ON COLUMN pokedex.conquest_warrior_transformation.transformed_warrior_rank_id IS 'The ID of the post-transformation warrior rank.';
COMMENT ON COLUMN pokedex.conquest_warrior_transformation.is_automatic IS 'True iff the transformation happens automatically in the story with no further requirements.';
COMMENT ON COLUMN pokedex.conquest_warrior_transformation.required_link IS 'The link percentage the warrior must reach with one of several specific Pokémon, if any.';
COMMENT ON COLUMN pokedex.conquest_warrior_transformation.completed_episode_id IS 'The ID of the episode the player must have completed, if any.';
COMMENT ON COLUMN pokedex.conquest_warrior_transformation.current_episode_id IS 'The ID of the episode the player must currently be playing, if any.';
COMMENT ON COLUMN pokedex.conquest_warrior_transformation.distant_warrior_id IS 'The ID of another warrior who must be in the army, but not in the same kingdom or in any adjacent kingdom.';
COMMENT ON COLUMN pokedex.conquest_warrior_transformation.female_warlord_count IS 'The number of female warlords who must be in the same nation.';
COMMENT ON COLUMN pokedex.conquest_warrior_transformation.pokemon_count IS 'The number of Pokémon that must be registered in the gallery.';
COMMENT ON COLUMN pokedex.conquest_warrior_transformation.collection_type_id IS 'The ID of a type all Pokémon of which must be registered in the gallery.';
COMMENT ON COLUMN pokedex.conquest_warrior_transformation.warrior_count IS 'The number of warriors that must be registered in the gallery.';
COMMENT ON TABLE pokedex.conquest_warriors IS 'A warrior in Pokémon Conquest.';
COMMENT ON COLUMN pokedex.conquest_warriors.id IS 'An ID for this warrior.';
COMMENT ON COLUMN pokedex.conquest_warriors.identifier IS 'A readable identifier for this warrior.';
COMMENT ON COLUMN pokedex.conquest_warriors.gender_id IS 'The ID of the warrior''s gender.';
COMMENT ON COLUMN pokedex.conquest_warriors.archetype_id IS 'The ID of this warrior''s archetype. Null for unique warriors.';
COMMENT ON TABLE pokedex.contest_combos IS 'Combo of two moves in a Contest.';
COMMENT ON COLUMN pokedex.contest_combos.first_move_id IS 'The ID of the first move in the combo';
COMMENT ON COLUMN pokedex.contest_combos.second_move_id IS 'The ID of the second and final move in the combo';
COMMENT ON COLUMN pokedex.contest_effect_prose.contest_effect_id IS 'ID of the contest_effect these texts relate to';
COMMENT ON COLUMN pokedex.contest_effect_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.contest_effect_prose.flavor_text IS 'The in-game description of this effect';
COMMENT ON COLUMN pokedex.contest_effect_prose.effect IS 'A detailed description of the effect';
COMMENT ON TABLE pokedex.contest_effects IS 'Effect of a move when used in a Contest.';
COMMENT ON COLUMN pokedex.contest_effects.id IS 'A unique ID for this effect';
COMMENT ON COLUMN pokedex.contest_effects.appeal IS 'The base number of hearts the user of this move gets';
COMMENT ON COLUMN pokedex.contest_effects.jam IS 'The base number of hearts the user''s opponent loses';
COMMENT ON COLUMN pokedex.contest_type_names.contest_type_id IS 'ID of the contest_type these texts relate to';
COMMENT ON COLUMN pokedex.contest_type_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.contest_type_names.name IS 'The name';
COMMENT ON COLUMN pokedex.contest_type_names.flavor IS 'The name of the corresponding Berry flavor';
COMMENT ON COLUMN pokedex.contest_type_names.color IS 'The name of the corresponding Pokéblock color';
COMMENT ON TABLE pokedex.contest_types IS 'A Contest type, such as "cool" or "smart", and their associated Berry flavors and Pokéblock colors.';
COMMENT ON COLUMN pokedex.contest_types.id IS 'A unique ID for this Contest type';
COMMENT ON COLUMN pokedex.contest_types.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.egg_group_prose.egg_group_id IS 'ID of the egg_group these texts relate to';
COMMENT ON COLUMN pokedex.egg_group_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.egg_group_prose.name IS 'The name';
COMMENT ON TABLE pokedex.egg_groups IS 'An Egg group. Usually, two Pokémon can breed if they share an Egg Group. Exceptions: Pokémon in the No Eggs group cannot breed. Pokemon in the Ditto group can breed with any pokemon except those in the Ditto or No Eggs groups. ID matches to the internal ID used in the games.';
COMMENT ON COLUMN pokedex.egg_groups.identifier IS 'An identifier.';
COMMENT ON COLUMN pokedex.encounter_condition_prose.encounter_condition_id IS 'ID of the encounter_condition these texts relate to';
COMMENT ON COLUMN pokedex.encounter_condition_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.encounter_condition_prose.name IS 'The name';
COMMENT ON TABLE pokedex.encounter_condition_value_map IS 'Maps encounters to the specific conditions under which they occur.';
COMMENT ON COLUMN pokedex.encounter_condition_value_map.encounter_id IS 'The ID of the encounter';
COMMENT ON COLUMN pokedex.encounter_condition_value_map.encounter_condition_value_id IS 'The ID of the encounter condition value';
COMMENT ON COLUMN pokedex.encounter_condition_value_prose.encounter_condition_value_id IS 'ID of the encounter_condition_value these texts relate to';
COMMENT ON COLUMN pokedex.encounter_condition_value_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.encounter_condition_value_prose.name IS 'The name';
COMMENT ON TABLE pokedex.encounter_condition_values IS 'A possible state for a condition. For example, the state of ''swarm'' could be ''swarm'' or ''no swarm''.';
COMMENT ON COLUMN pokedex.encounter_condition_values.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.encounter_condition_values.encounter_condition_id IS 'The ID of the encounter condition this is a value of';
COMMENT ON COLUMN pokedex.encounter_condition_values.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.encounter_condition_values.is_default IS 'Set if this value is the default state for the condition';
COMMENT ON TABLE pokedex.encounter_conditions IS 'A condition in the game world that affects Pokémon encounters, such as time of day.';
COMMENT ON COLUMN pokedex.encounter_conditions.id IS 'A unique ID for this condition';
COMMENT ON COLUMN pokedex.encounter_conditions.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.encounter_method_prose.encounter_method_id IS 'ID of the encounter_method these texts relate to';
COMMENT ON COLUMN pokedex.encounter_method_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.encounter_method_prose.name IS 'The name';
COMMENT ON TABLE pokedex.encounter_methods IS 'A way the player can enter a wild encounter. For example, surfing, fishing, or walking through tall grass.';
COMMENT ON COLUMN pokedex.encounter_methods.id IS 'A unique ID for the method';
COMMENT ON COLUMN pokedex.encounter_methods.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.encounter_methods."order" IS 'A good column for sorting on';
COMMENT ON TABLE pokedex.encounter_slots IS 'An abstract "slot" within a method, associated with both some set of conditions and a rarity. "slot" has a very specific meaning: If during gameplay you know sufficient details about the current game state, you can predict which slot (and therefore which pokemon) will spawn. There are currently two reasons that "slot" might be empty: 1) The slot corresponds to a gift pokemon. 2) Red/Blue''s Super Rod slots, which don''t correspond to in-game slots. See https://github.com/veekun/pokedex/issues/166#issuecomment-220101455';
COMMENT ON COLUMN pokedex.encounter_slots.id IS 'A unique ID for this slot';
COMMENT ON COLUMN pokedex.encounter_slots.version_group_id IS 'The ID of the version group this slot is in';
COMMENT ON COLUMN pokedex.encounter_slots.encounter_method_id IS 'The ID of the method';
COMMENT ON COLUMN pokedex.encounter_slots.slot IS 'This slot''s order for the location and method';
COMMENT ON COLUMN pokedex.encounter_slots.rarity IS 'The chance of the encounter as a percentage';
COMMENT ON TABLE pokedex.encounters IS 'Encounters with wild Pokémon. Bear with me, here. Within a given area in a given game, encounters are differentiated by the "slot" they are in and the state of the game world. What the player is doing to get an encounter, such as surfing or walking through tall grass, is called a method. Each method has its own set of encounter slots. Within a method, slots are defined primarily by rarity. Each slot can also be affected by world conditions; for example, the 20% slot for walking in tall grass is affected by whether a swarm is in effect in that area. "Is there a swarm?" is a condition; "there is a swarm" and "there is not a swarm" are the possible values of this condition. A slot (20% walking in grass) and any appropriate world conditions (no swarm) are thus enough to define a specific encounter.';
COMMENT ON COLUMN pokedex.encounters.id IS 'A unique ID for this encounter';
COMMENT ON COLUMN pokedex.encounters.version_id IS 'The ID of the version this applies to';
COMMENT ON COLUMN pokedex.encounters.location_area_id IS 'The ID of the location of this encounter';
COMMENT ON COLUMN pokedex.encounters.encounter_slot_id IS 'The ID of the encounter slot, which determines method and rarity';
COMMENT ON COLUMN pokedex.encounters.pokemon_id IS 'The ID of the encountered Pokémon';
COMMENT ON COLUMN pokedex.encounters.min_level IS 'The minimum level of the encountered Pokémon';
COMMENT ON COLUMN pokedex.encounters.max_level IS 'The maximum level of the encountered Pokémon';
COMMENT ON TABLE pokedex.evolution_chains IS 'A family of Pokémon that are linked by evolution.';
COMMENT ON COLUMN pokedex.evolution_chains.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.evolution_chains.baby_trigger_item_id IS 'Item that a parent must hold while breeding to produce a baby';
COMMENT ON COLUMN pokedex.evolution_trigger_prose.evolution_trigger_id IS 'ID of the evolution_trigger these texts relate to';
COMMENT ON COLUMN pokedex.evolution_trigger_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.evolution_trigger_prose.name IS 'The name';
COMMENT ON TABLE pokedex.evolution_triggers IS 'An evolution type, such as "level" or "trade".';
COMMENT ON COLUMN pokedex.evolution_triggers.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.evolution_triggers.identifier IS 'An identifier';
COMMENT ON TABLE pokedex.experience IS 'EXP needed for a certain level with a certain growth rate.';
COMMENT ON COLUMN pokedex.experience.growth_rate_id IS 'ID of the growth rate';
COMMENT ON COLUMN pokedex.experience.level IS 'The level';
COMMENT ON COLUMN pokedex.experience.experience IS 'The number of EXP points needed to get to that level';
COMMENT ON TABLE pokedex.genders IS 'A gender.';
COMMENT ON COLUMN pokedex.genders.id IS 'An ID for this gender.';
COMMENT ON COLUMN pokedex.genders.identifier IS 'A readable identifier for this gender.';
COMMENT ON COLUMN pokedex.generation_names.generation_id IS 'ID of the generation these texts relate to';
COMMENT ON COLUMN pokedex.generation_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.generation_names.name IS 'The name';
COMMENT ON TABLE pokedex.generations IS 'A Generation of the Pokémon franchise.';
COMMENT ON COLUMN pokedex.generations.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.generations.main_region_id IS 'ID of the region this generation''s main games take place in';
COMMENT ON COLUMN pokedex.generations.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.growth_rate_prose.growth_rate_id IS 'ID of the growth_rate these texts relate to';
COMMENT ON COLUMN pokedex.growth_rate_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.growth_rate_prose.name IS 'The name';
COMMENT ON TABLE pokedex.growth_rates IS 'Growth rate of a Pokémon, i.e. the EXP → level function.';
COMMENT ON COLUMN pokedex.growth_rates.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.growth_rates.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.growth_rates.formula IS 'The formula';
COMMENT ON TABLE pokedex.item_categories IS 'An item category. Not official.';
COMMENT ON COLUMN pokedex.item_categories.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.item_categories.pocket_id IS 'ID of the pocket these items go to';
COMMENT ON COLUMN pokedex.item_categories.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.item_category_prose.item_category_id IS 'ID of the item_category these texts relate to';
COMMENT ON COLUMN pokedex.item_category_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.item_category_prose.name IS 'The name';
COMMENT ON TABLE pokedex.item_flag_map IS 'Maps an item flag to its item.';
COMMENT ON COLUMN pokedex.item_flag_map.item_id IS 'The ID of the item';
COMMENT ON COLUMN pokedex.item_flag_map.item_flag_id IS 'The ID of the item flag';
COMMENT ON COLUMN pokedex.item_flag_prose.item_flag_id IS 'ID of the item_flag these texts relate to';
COMMENT ON COLUMN pokedex.item_flag_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.item_flag_prose.name IS 'The name';
COMMENT ON COLUMN pokedex.item_flag_prose.description IS 'Short description of the flag';
COMMENT ON TABLE pokedex.item_flags IS 'An item attribute such as "consumable" or "holdable". Not official.';
COMMENT ON COLUMN pokedex.item_flags.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.item_flags.identifier IS 'Identifier of the flag';
COMMENT ON COLUMN pokedex.item_flavor_summaries.item_id IS 'ID of the item these texts relate to';
COMMENT ON COLUMN pokedex.item_flavor_summaries.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.item_flavor_summaries.flavor_summary IS 'Text containing facts from all flavor texts, for languages without official game translations';
COMMENT ON TABLE pokedex.item_flavor_text IS 'An in-game description of an item.';
COMMENT ON COLUMN pokedex.item_flavor_text.item_id IS 'The ID of the item';
COMMENT ON COLUMN pokedex.item_flavor_text.version_group_id IS 'ID of the version group that sports this text';
COMMENT ON COLUMN pokedex.item_flavor_text.language_id IS 'The language';
COMMENT ON COLUMN pokedex.item_flavor_text.flavor_text IS 'The flavor text itself';
COMMENT ON COLUMN pokedex.item_fling_effect_prose.item_fling_effect_id IS 'ID of the item_fling_effect these texts relate to';
COMMENT ON COLUMN pokedex.item_fling_effect_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.item_fling_effect_prose.effect IS 'Description of the effect';
COMMENT ON TABLE pokedex.item_fling_effects IS 'An effect of the move Fling when used with a specific item.';
COMMENT ON COLUMN pokedex.item_fling_effects.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.item_fling_effects.identifier IS 'An identifier of this fling effect';
COMMENT ON TABLE pokedex.item_game_indices IS 'The internal ID number a game uses for an item.';
COMMENT ON COLUMN pokedex.item_game_indices.item_id IS 'The database ID of the item';
COMMENT ON COLUMN pokedex.item_game_indices.generation_id IS 'ID of the generation of games';
COMMENT ON COLUMN pokedex.item_game_indices.game_index IS 'Internal ID of the item in the generation';
COMMENT ON COLUMN pokedex.item_names.item_id IS 'ID of the item these texts relate to';
COMMENT ON COLUMN pokedex.item_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.item_names.name IS 'The name';
COMMENT ON COLUMN pokedex.item_pocket_names.item_pocket_id IS 'ID of the item_pocket these texts relate to';
COMMENT ON COLUMN pokedex.item_pocket_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.item_pocket_names.name IS 'The name';
COMMENT ON TABLE pokedex.item_pockets IS 'A pocket that categorizes items. Semi-offical.';
COMMENT ON COLUMN pokedex.item_pockets.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.item_pockets.identifier IS 'An identifier of this pocket';
COMMENT ON COLUMN pokedex.item_prose.item_id IS 'ID of the item these texts relate to';
COMMENT ON COLUMN pokedex.item_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.item_prose.short_effect IS 'A short summary of the effect';
COMMENT ON COLUMN pokedex.item_prose.effect IS 'Detailed description of the item''s effect.';
COMMENT ON TABLE pokedex.items IS 'An Item from the games, like "Poké Ball" or "Bicycle". IDs do not mean anything; see ItemGameIndex for the IDs used in the games.';
COMMENT ON COLUMN pokedex.items.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.items.category_id IS 'ID of a category this item belongs to';
COMMENT ON COLUMN pokedex.items.cost IS 'Cost of the item when bought. Items sell for half this price.';
COMMENT ON COLUMN pokedex.items.fling_power IS 'Power of the move Fling when used with this item.';
COMMENT ON COLUMN pokedex.items.fling_effect_id IS 'ID of the fling-effect of the move Fling when used with this item. Note that these are different from move effects.';
COMMENT ON COLUMN pokedex.language_names.language_id IS 'ID of the language these texts relate to';
COMMENT ON COLUMN pokedex.language_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.language_names.name IS 'The name';
COMMENT ON TABLE pokedex.languages IS 'A language the Pokémon games have been translated into.';
COMMENT ON COLUMN pokedex.languages.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.languages.iso639 IS 'The two-letter code of the language. Note that it is not unique.';
COMMENT ON COLUMN pokedex.languages.iso3166 IS 'The two-letter code of the country where this language is spoken. Note that it is not unique.';
COMMENT ON COLUMN pokedex.languages.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.languages.official IS 'True iff games are produced in the language.';
COMMENT ON COLUMN pokedex.languages."order" IS 'Order for sorting in foreign name lists.';
COMMENT ON TABLE pokedex.location_area_encounter_rates IS 'The chance of encountering a wild Pokémon in an area. In other words, how likely a step in tall grass is to trigger a wild battle. The exact meaning of the rate varies across versions but generally higher is more likely.';
COMMENT ON COLUMN pokedex.location_area_encounter_rates.location_area_id IS 'ID of the area';
COMMENT ON COLUMN pokedex.location_area_encounter_rates.encounter_method_id IS 'ID of the method';
COMMENT ON COLUMN pokedex.location_area_encounter_rates.version_id IS 'ID of the version';
COMMENT ON COLUMN pokedex.location_area_encounter_rates.rate IS 'The base encounter rate';
COMMENT ON COLUMN pokedex.location_area_prose.location_area_id IS 'ID of the location_area these texts relate to';
COMMENT ON COLUMN pokedex.location_area_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.location_area_prose.name IS 'The name';
COMMENT ON TABLE pokedex.location_areas IS 'A sub-area of a location.';
COMMENT ON COLUMN pokedex.location_areas.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.location_areas.location_id IS 'ID of the location this area is part of';
COMMENT ON COLUMN pokedex.location_areas.game_index IS 'ID the games use for this area';
COMMENT ON COLUMN pokedex.location_areas.identifier IS 'An identifier';
COMMENT ON TABLE pokedex.location_game_indices IS 'IDs the games use internally for locations.';
COMMENT ON COLUMN pokedex.location_game_indices.location_id IS 'Database ID of the location';
COMMENT ON COLUMN pokedex.location_game_indices.generation_id IS 'ID of the generation this entry to';
COMMENT ON COLUMN pokedex.location_game_indices.game_index IS 'Internal game ID of the location';
COMMENT ON COLUMN pokedex.location_names.location_id IS 'ID of the location these texts relate to';
COMMENT ON COLUMN pokedex.location_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.location_names.name IS 'The name';
COMMENT ON COLUMN pokedex.location_names.subtitle IS 'A subtitle for the location, if any. This may be an alternate name for the locaton, as in the Kalos routes, or the name of a subarea of the location, as in Alola.';
COMMENT ON TABLE pokedex.locations IS 'A place in the Pokémon world.';
COMMENT ON COLUMN pokedex.locations.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.locations.region_id IS 'ID of the region this location is in';
COMMENT ON COLUMN pokedex.locations.identifier IS 'An identifier';
COMMENT ON TABLE pokedex.machines IS 'A TM or HM; numbered item that can teach a move to a Pokémon.';
COMMENT ON COLUMN pokedex.machines.machine_number IS 'Number of the machine for TMs, or 100 + the number for HMs';
COMMENT ON COLUMN pokedex.machines.version_group_id IS 'Versions this entry applies to';
COMMENT ON COLUMN pokedex.machines.item_id IS 'ID of the corresponding Item';
COMMENT ON COLUMN pokedex.machines.move_id IS 'ID of the taught move';
COMMENT ON COLUMN pokedex.move_battle_style_prose.move_battle_style_id IS 'ID of the move_battle_style these texts relate to';
COMMENT ON COLUMN pokedex.move_battle_style_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.move_battle_style_prose.name IS 'The name';
COMMENT ON TABLE pokedex.move_battle_styles IS 'Battle Palace style. See NatureBattleStylePreference.';
COMMENT ON COLUMN pokedex.move_battle_styles.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.move_battle_styles.identifier IS 'An identifier';
COMMENT ON TABLE pokedex.move_changelog IS 'History of changes to moves across main game versions.';
COMMENT ON COLUMN pokedex.move_changelog.move_id IS 'ID of the move that changed';
COMMENT ON COLUMN pokedex.move_changelog.changed_in_version_group_id IS 'ID of the version group in which the move changed';
COMMENT ON COLUMN pokedex.move_changelog.type_id IS 'Prior type of the move, or NULL if unchanged';
COMMENT ON COLUMN pokedex.move_changelog.power IS 'Prior base power of the move, or NULL if unchanged';
COMMENT ON COLUMN pokedex.move_changelog.pp IS 'Prior base PP of the move, or NULL if unchanged';
COMMENT ON COLUMN pokedex.move_changelog.accuracy IS 'Prior accuracy of the move, or NULL if unchanged';
COMMENT ON COLUMN pokedex.move_changelog.priority IS 'Prior priority of the move, or NULL if unchanged';
COMMENT ON COLUMN pokedex.move_changelog.target_id IS 'Prior ID of the target, or NULL if unchanged';
COMMENT ON COLUMN pokedex.move_changelog.effect_id IS 'Prior ID of the effect, or NULL if unchanged';
COMMENT ON COLUMN pokedex.move_changelog.effect_chance IS 'Prior effect chance, or NULL if unchanged';
COMMENT ON COLUMN pokedex.move_damage_class_prose.move_damage_class_id IS 'ID of the move_damage_class these texts relate to';
COMMENT ON COLUMN pokedex.move_damage_class_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.move_damage_class_prose.name IS 'The name';
COMMENT ON COLUMN pokedex.move_damage_class_prose.description IS 'A description of the class';
COMMENT ON TABLE pokedex.move_damage_classes IS 'Any of the damage classes moves can have, i.e. physical, special, or non-damaging.';
COMMENT ON COLUMN pokedex.move_damage_classes.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.move_damage_classes.identifier IS 'An identifier';
COMMENT ON TABLE pokedex.move_effect_changelog IS 'History of changes to move effects across main game versions.';
COMMENT ON COLUMN pokedex.move_effect_changelog.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.move_effect_changelog.effect_id IS 'The ID of the effect that changed';
COMMENT ON COLUMN pokedex.move_effect_changelog.changed_in_version_group_id IS 'The ID of the version group in which the effect changed';
COMMENT ON COLUMN pokedex.move_effect_changelog_prose.move_effect_changelog_id IS 'ID of the move_effect_changelog these texts relate to';
COMMENT ON COLUMN pokedex.move_effect_changelog_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.move_effect_changelog_prose.effect IS 'A description of the old behavior';
COMMENT ON COLUMN pokedex.move_effect_prose.move_effect_id IS 'ID of the move_effect these texts relate to';
COMMENT ON COLUMN pokedex.move_effect_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.move_effect_prose.short_effect IS 'A short summary of the effect';
COMMENT ON COLUMN pokedex.move_effect_prose.effect IS 'A detailed description of the effect';
COMMENT ON TABLE pokedex.move_effects IS 'An effect of a move.';
COMMENT ON COLUMN pokedex.move_effects.id IS 'A numeric ID';
COMMENT ON TABLE pokedex.move_flag_map IS 'Maps a move flag to a move.';
COMMENT ON COLUMN pokedex.move_flag_map.move_id IS 'ID of the move';
COMMENT ON COLUMN pokedex.move_flag_map.move_flag_id IS 'ID of the flag';
COMMENT ON COLUMN pokedex.move_flag_prose.move_flag_id IS 'ID of the move_flag these texts relate to';
COMMENT ON COLUMN pokedex.move_flag_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.move_flag_prose.name IS 'The name';
COMMENT ON COLUMN pokedex.move_flag_prose.description IS 'A short description of the flag';
COMMENT ON TABLE pokedex.move_flags IS 'A Move attribute such as "snatchable" or "contact".';
COMMENT ON COLUMN pokedex.move_flags.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.move_flags.identifier IS 'A short identifier for the flag';
COMMENT ON COLUMN pokedex.move_flavor_summaries.move_id IS 'ID of the move these texts relate to';
COMMENT ON COLUMN pokedex.move_flavor_summaries.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.move_flavor_summaries.flavor_summary IS 'Text containing facts from all flavor texts, for languages without official game translations';
COMMENT ON TABLE pokedex.move_flavor_text IS 'In-game description of a move.';
COMMENT ON COLUMN pokedex.move_flavor_text.move_id IS 'ID of the move';
COMMENT ON COLUMN pokedex.move_flavor_text.version_group_id IS 'ID of the version group this text appears in';
COMMENT ON COLUMN pokedex.move_flavor_text.language_id IS 'The language';
COMMENT ON COLUMN pokedex.move_flavor_text.flavor_text IS 'The flavor text';
COMMENT ON TABLE pokedex.move_meta IS 'Metadata for move effects, sorta-kinda ripped straight from the game.';
COMMENT ON COLUMN pokedex.move_meta.move_id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.move_meta.meta_category_id IS 'ID of the move category';
COMMENT ON COLUMN pokedex.move_meta.meta_ailment_id IS 'ID of the caused ailment';
COMMENT ON COLUMN pokedex.move_meta.min_hits IS 'Minimum number of hits per use';
COMMENT ON COLUMN pokedex.move_meta.max_hits IS 'Maximum number of hits per use';
COMMENT ON COLUMN pokedex.move_meta.min_turns IS 'Minimum number of turns the user is forced to use the move';
COMMENT ON COLUMN pokedex.move_meta.max_turns IS 'Maximum number of turns the user is forced to use the move';
COMMENT ON COLUMN pokedex.move_meta.drain IS 'HP drain (if positive) or Recoil damage (if negative), in percent of damage done';
COMMENT ON COLUMN pokedex.move_meta.healing IS 'Healing, in percent of user''s max HP';
COMMENT ON COLUMN pokedex.move_meta.crit_rate IS 'Critical hit rate bonus';
COMMENT ON COLUMN pokedex.move_meta.ailment_chance IS 'Chance to cause an ailment, in percent';
COMMENT ON COLUMN pokedex.move_meta.flinch_chance IS 'Chance to cause flinching, in percent';
COMMENT ON COLUMN pokedex.move_meta.stat_chance IS 'Chance to cause a stat change, in percent';
COMMENT ON COLUMN pokedex.move_meta_ailment_names.move_meta_ailment_id IS 'ID of the move_meta_ailment these texts relate to';
COMMENT ON COLUMN pokedex.move_meta_ailment_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.move_meta_ailment_names.name IS 'The name';
COMMENT ON TABLE pokedex.move_meta_ailments IS 'Common status ailments moves can inflict on a single Pokémon, including major ailments like paralysis and minor ailments like trapping.';
COMMENT ON COLUMN pokedex.move_meta_ailments.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.move_meta_ailments.identifier IS 'An identifier';
COMMENT ON TABLE pokedex.move_meta_categories IS 'Very general categories that loosely group move effects.';
COMMENT ON COLUMN pokedex.move_meta_categories.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.move_meta_categories.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.move_meta_category_prose.move_meta_category_id IS 'ID of the move_meta_category these texts relate to';
COMMENT ON COLUMN pokedex.move_meta_category_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.move_meta_category_prose.description IS 'A description of the category';
COMMENT ON TABLE pokedex.move_meta_stat_changes IS 'Stat changes moves (may) make.';
COMMENT ON COLUMN pokedex.move_meta_stat_changes.move_id IS 'ID of the move';
COMMENT ON COLUMN pokedex.move_meta_stat_changes.stat_id IS 'ID of the stat';
COMMENT ON COLUMN pokedex.move_meta_stat_changes.change IS 'Amount of increase/decrease, in stages';
COMMENT ON COLUMN pokedex.move_names.move_id IS 'ID of the move these texts relate to';
COMMENT ON COLUMN pokedex.move_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.move_names.name IS 'The name';
COMMENT ON COLUMN pokedex.move_target_prose.move_target_id IS 'ID of the move_target these texts relate to';
COMMENT ON COLUMN pokedex.move_target_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.move_target_prose.name IS 'The name';
COMMENT ON COLUMN pokedex.move_target_prose.description IS 'A description';
COMMENT ON TABLE pokedex.move_targets IS 'Targeting or "range" of a move, e.g. "Affects all opponents" or "Affects user".';
COMMENT ON COLUMN pokedex.move_targets.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.move_targets.identifier IS 'An identifier';
COMMENT ON TABLE pokedex.moves IS 'A Move: technique or attack a Pokémon can learn to use. IDs below 10000 match the internal IDs used in the games. IDs above 10000 are reserved for Shadow moves from Colosseum and XD.';
COMMENT ON COLUMN pokedex.moves.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.moves.generation_id IS 'ID of the generation this move first appeared in';
COMMENT ON COLUMN pokedex.moves.type_id IS 'ID of the move''s elemental type';
COMMENT ON COLUMN pokedex.moves.power IS 'Base power of the move, null if it does not have a set base power.';
COMMENT ON COLUMN pokedex.moves.pp IS 'Base PP (Power Points) of the move, null if not applicable (e.g. Struggle and Shadow moves).';
COMMENT ON COLUMN pokedex.moves.accuracy IS 'Accuracy of the move; NULL means it never misses';
COMMENT ON COLUMN pokedex.moves.priority IS 'The move''s priority bracket';
COMMENT ON COLUMN pokedex.moves.target_id IS 'ID of the target (range) of the move';
COMMENT ON COLUMN pokedex.moves.damage_class_id IS 'ID of the damage class (physical/special) of the move';
COMMENT ON COLUMN pokedex.moves.effect_id IS 'ID of the move''s effect';
COMMENT ON COLUMN pokedex.moves.effect_chance IS 'The chance for a secondary effect. What this is a chance of is specified by the move''s effect.';
COMMENT ON COLUMN pokedex.moves.contest_type_id IS 'ID of the move''s Contest type (e.g. cool or smart)';
COMMENT ON COLUMN pokedex.moves.contest_effect_id IS 'ID of the move''s Contest effect';
COMMENT ON COLUMN pokedex.moves.super_contest_effect_id IS 'ID of the move''s Super Contest effect';
COMMENT ON TABLE pokedex.nature_battle_style_preferences IS 'Battle Palace move preference. Specifies how likely a Pokémon with a specific Nature is to use a move of a particular battle style in Battle Palace or Battle Tent.';
COMMENT ON COLUMN pokedex.nature_battle_style_preferences.nature_id IS 'ID of the Pokémon''s nature';
COMMENT ON COLUMN pokedex.nature_battle_style_preferences.move_battle_style_id IS 'ID of the battle style';
COMMENT ON COLUMN pokedex.nature_battle_style_preferences.low_hp_preference IS 'Chance of using the move, in percent, if HP is under ½';
COMMENT ON COLUMN pokedex.nature_battle_style_preferences.high_hp_preference IS 'Chance of using the move, in percent, if HP is over ½';
COMMENT ON COLUMN pokedex.nature_names.nature_id IS 'ID of the nature these texts relate to';
COMMENT ON COLUMN pokedex.nature_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.nature_names.name IS 'The name';
COMMENT ON TABLE pokedex.nature_pokeathlon_stats IS 'Specifies how a Nature affects a Pokéathlon stat.';
COMMENT ON COLUMN pokedex.nature_pokeathlon_stats.nature_id IS 'ID of the nature';
COMMENT ON COLUMN pokedex.nature_pokeathlon_stats.pokeathlon_stat_id IS 'ID of the stat';
COMMENT ON COLUMN pokedex.nature_pokeathlon_stats.max_change IS 'Maximum change';
COMMENT ON TABLE pokedex.natures IS 'A nature a Pokémon can have, such as Calm or Brave.';
COMMENT ON COLUMN pokedex.natures.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.natures.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.natures.decreased_stat_id IS 'ID of the stat that this nature decreases by 10% (if decreased_stat_id is the same, the effects cancel out)';
COMMENT ON COLUMN pokedex.natures.increased_stat_id IS 'ID of the stat that this nature increases by 10% (if decreased_stat_id is the same, the effects cancel out)';
COMMENT ON COLUMN pokedex.natures.hates_flavor_id IS 'ID of the Berry flavor the Pokémon hates (if likes_flavor_id is the same, the effects cancel out)';
COMMENT ON COLUMN pokedex.natures.likes_flavor_id IS 'ID of the Berry flavor the Pokémon likes (if hates_flavor_id is the same, the effects cancel out)';
COMMENT ON COLUMN pokedex.natures.game_index IS 'This nature''s internal ID in the games';
COMMENT ON TABLE pokedex.pal_park IS 'Data for the Pal Park mini-game in Generation IV.';
COMMENT ON COLUMN pokedex.pal_park.species_id IS 'The Pokémon species this data pertains to';
COMMENT ON COLUMN pokedex.pal_park.area_id IS 'The area in which this Pokémon is found';
COMMENT ON COLUMN pokedex.pal_park.base_score IS 'Used in calculating the player''s score at the end of a Pal Park run';
COMMENT ON COLUMN pokedex.pal_park.rate IS 'Base rate for encountering this Pokémon';
COMMENT ON COLUMN pokedex.pal_park_area_names.pal_park_area_id IS 'ID of the pal_park_area these texts relate to';
COMMENT ON COLUMN pokedex.pal_park_area_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.pal_park_area_names.name IS 'The name';
COMMENT ON TABLE pokedex.pal_park_areas IS 'A distinct area of Pal Park in which Pokémon appear.';
COMMENT ON COLUMN pokedex.pal_park_areas.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.pal_park_areas.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.pokeathlon_stat_names.pokeathlon_stat_id IS 'ID of the pokeathlon_stat these texts relate to';
COMMENT ON COLUMN pokedex.pokeathlon_stat_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.pokeathlon_stat_names.name IS 'The name';
COMMENT ON TABLE pokedex.pokeathlon_stats IS 'A Pokéathlon stat, such as "Stamina" or "Jump".';
COMMENT ON COLUMN pokedex.pokeathlon_stats.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.pokeathlon_stats.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.pokedex_prose.pokedex_id IS 'ID of the pokedex these texts relate to';
COMMENT ON COLUMN pokedex.pokedex_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.pokedex_prose.name IS 'The name';
COMMENT ON COLUMN pokedex.pokedex_prose.description IS 'A longer description of the Pokédex';
COMMENT ON TABLE pokedex.pokedex_version_groups IS 'A mapping from Pokédexes to version groups in which they appear as the regional dex.';
COMMENT ON COLUMN pokedex.pokedex_version_groups.pokedex_id IS 'The ID of the Pokédex.';
COMMENT ON COLUMN pokedex.pokedex_version_groups.version_group_id IS 'The ID of the version group.';
COMMENT ON TABLE pokedex.pokedexes IS 'A collection of Pokémon species ordered in a particular way.';
COMMENT ON COLUMN pokedex.pokedexes.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.pokedexes.region_id IS 'ID of the region this Pokédex is used in, or None if it''s global';
COMMENT ON COLUMN pokedex.pokedexes.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.pokedexes.is_main_series IS 'True if this Pokédex appears in the main series.';
COMMENT ON TABLE pokedex.pokemon IS 'A Pokémon. The core to this whole mess. This table defines "Pokémon" the same way the games do: a form with different types, moves, or other game-changing properties counts as a different Pokémon. For example, this table contains four rows for Deoxys, but only one for Unown. Non-default forms have IDs above 10000. IDs below 10000 match the species_id column, for convenience.';
COMMENT ON COLUMN pokedex.pokemon.identifier IS 'An identifier, including form iff this row corresponds to a single, named form';
COMMENT ON COLUMN pokedex.pokemon.species_id IS 'ID of the species this Pokémon belongs to';
COMMENT ON COLUMN pokedex.pokemon.height IS 'The height of the Pokémon, in tenths of a meter (decimeters)';
COMMENT ON COLUMN pokedex.pokemon.weight IS 'The weight of the Pokémon, in tenths of a kilogram (hectograms)';
COMMENT ON COLUMN pokedex.pokemon.base_experience IS 'The base EXP gained when defeating this Pokémon';
COMMENT ON COLUMN pokedex.pokemon."order" IS 'Order for sorting. Almost national order, except families are grouped together.';
COMMENT ON COLUMN pokedex.pokemon.is_default IS 'Set for exactly one pokemon used as the default for each species.';
COMMENT ON TABLE pokedex.pokemon_abilities IS 'Maps an ability to a Pokémon that can have it.';
COMMENT ON COLUMN pokedex.pokemon_abilities.pokemon_id IS 'ID of the Pokémon';
COMMENT ON COLUMN pokedex.pokemon_abilities.ability_id IS 'ID of the ability';
COMMENT ON COLUMN pokedex.pokemon_abilities.is_hidden IS 'Whether this is a hidden ability';
COMMENT ON COLUMN pokedex.pokemon_abilities.slot IS 'The ability slot, i.e. 1 or 2 for gen. IV';
COMMENT ON COLUMN pokedex.pokemon_color_names.pokemon_color_id IS 'ID of the pokemon_color these texts relate to';
COMMENT ON COLUMN pokedex.pokemon_color_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.pokemon_color_names.name IS 'The name';
COMMENT ON TABLE pokedex.pokemon_colors IS 'The "Pokédex color" of a Pokémon species. Usually based on the Pokémon''s color.';
COMMENT ON COLUMN pokedex.pokemon_colors.id IS 'ID of the Pokémon';
COMMENT ON COLUMN pokedex.pokemon_colors.identifier IS 'An identifier';
COMMENT ON TABLE pokedex.pokemon_dex_numbers IS 'The number of a species in a particular Pokédex (e.g. Jigglypuff is #138 in Hoenn''s ''dex).';
COMMENT ON COLUMN pokedex.pokemon_dex_numbers.species_id IS 'ID of the species';
COMMENT ON COLUMN pokedex.pokemon_dex_numbers.pokedex_id IS 'ID of the Pokédex';
COMMENT ON COLUMN pokedex.pokemon_dex_numbers.pokedex_number IS 'Number of the Pokémon in that the Pokédex';
COMMENT ON TABLE pokedex.pokemon_egg_groups IS 'Maps an Egg group to a species; each species belongs to one or two egg groups.';
COMMENT ON COLUMN pokedex.pokemon_egg_groups.species_id IS 'ID of the species';
COMMENT ON COLUMN pokedex.pokemon_egg_groups.egg_group_id IS 'ID of the egg group';
COMMENT ON TABLE pokedex.pokemon_evolution IS 'A required action ("trigger") and the conditions under which the trigger must occur to cause a Pokémon to evolve. Any condition may be null if it does not apply for a particular Pokémon.';
COMMENT ON COLUMN pokedex.pokemon_evolution.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.pokemon_evolution.evolved_species_id IS 'The ID of the post-evolution species.';
COMMENT ON COLUMN pokedex.pokemon_evolution.evolution_trigger_id IS 'The ID of the evolution trigger.';
COMMENT ON COLUMN pokedex.pokemon_evolution.trigger_item_id IS 'The ID of the item that must be used on the Pokémon.';
COMMENT ON COLUMN pokedex.pokemon_evolution.minimum_level IS 'The minimum level for the Pokémon.';
COMMENT ON COLUMN pokedex.pokemon_evolution.gender_id IS 'The ID of the Pokémon''s required gender, or None if gender doesn''t matter';
COMMENT ON COLUMN pokedex.pokemon_evolution.location_id IS 'The ID of the location the evolution must be triggered at.';
COMMENT ON COLUMN pokedex.pokemon_evolution.held_item_id IS 'The ID of the item the Pokémon must hold.';
COMMENT ON COLUMN pokedex.pokemon_evolution.time_of_day IS 'The required time of day.';
COMMENT ON COLUMN pokedex.pokemon_evolution.known_move_id IS 'The ID of the move the Pokémon must know.';
COMMENT ON COLUMN pokedex.pokemon_evolution.known_move_type_id IS 'The ID of the type the Pokémon must know a move of.';
COMMENT ON COLUMN pokedex.pokemon_evolution.minimum_happiness IS 'The minimum happiness value the Pokémon must have.';
COMMENT ON COLUMN pokedex.pokemon_evolution.minimum_beauty IS 'The minimum Beauty value the Pokémon must have.';
COMMENT ON COLUMN pokedex.pokemon_evolution.minimum_affection IS 'The minimum number of "affection" hearts the Pokémon must have in Pokémon-Amie.';
COMMENT ON COLUMN pokedex.pokemon_evolution.relative_physical_stats IS 'The required relation between the Pokémon''s Attack and Defense stats, as sgn(atk-def).';
COMMENT ON COLUMN pokedex.pokemon_evolution.party_species_id IS 'The ID of the species that must be present in the party.';
COMMENT ON COLUMN pokedex.pokemon_evolution.party_type_id IS 'The ID of a type that at least one party member must have.';
COMMENT ON COLUMN pokedex.pokemon_evolution.trade_species_id IS 'The ID of the species for which this one must be traded.';
COMMENT ON COLUMN pokedex.pokemon_evolution.needs_overworld_rain IS 'True iff it needs to be raining outside of battle.';
COMMENT ON COLUMN pokedex.pokemon_evolution.turn_upside_down IS 'True iff the 3DS needs to be turned upside-down as this Pokémon levels up.';
COMMENT ON TABLE pokedex.pokemon_form_generations IS 'Links Pokémon forms to the generations they exist in.';
COMMENT ON COLUMN pokedex.pokemon_form_generations.pokemon_form_id IS 'The ID of the Pokémon form.';
COMMENT ON COLUMN pokedex.pokemon_form_generations.generation_id IS 'The ID of the generation.';
COMMENT ON COLUMN pokedex.pokemon_form_generations.game_index IS 'The internal ID the games use for this form.';
COMMENT ON COLUMN pokedex.pokemon_form_names.pokemon_form_id IS 'ID of the pokemon_form these texts relate to';
COMMENT ON COLUMN pokedex.pokemon_form_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.pokemon_form_names.form_name IS 'The full form name, e.g. ''Sky Forme'', for pokémon with different forms';
COMMENT ON COLUMN pokedex.pokemon_form_names.pokemon_name IS 'The full pokémon name, e.g. ''Sky Shaymin'', for pokémon with different forms';
COMMENT ON TABLE pokedex.pokemon_form_pokeathlon_stats IS 'A Pokémon form''s performance in one Pokéathlon stat.';
COMMENT ON COLUMN pokedex.pokemon_form_pokeathlon_stats.pokemon_form_id IS 'The ID of the Pokémon form.';
COMMENT ON COLUMN pokedex.pokemon_form_pokeathlon_stats.pokeathlon_stat_id IS 'The ID of the Pokéathlon stat.';
COMMENT ON COLUMN pokedex.pokemon_form_pokeathlon_stats.minimum_stat IS 'The minimum value for this stat for this Pokémon form.';
COMMENT ON COLUMN pokedex.pokemon_form_pokeathlon_stats.base_stat IS 'The default value for this stat for this Pokémon form.';
COMMENT ON COLUMN pokedex.pokemon_form_pokeathlon_stats.maximum_stat IS 'The maximum value for this stat for this Pokémon form.';
COMMENT ON TABLE pokedex.pokemon_forms IS 'An individual form of a Pokémon. This includes *every* variant (except color differences) of every Pokémon, regardless of how the games treat them. Even Pokémon with no alternate forms have one row in this table, to represent their lone "normal" form. Forms which are not the default for their species have IDs above 10000. IDs below 10000 correspond to ID of the species for convenience, but this should not be relied upon. To get the species ID of a form, join with the pokemon table.';
COMMENT ON COLUMN pokedex.pokemon_forms.identifier IS 'A unique identifier for this form among all forms of all Pokémon';
COMMENT ON COLUMN pokedex.pokemon_forms.form_identifier IS 'An identifier of the form, unique among a species. May be None for the default form of the species.';
COMMENT ON COLUMN pokedex.pokemon_forms.pokemon_id IS 'The ID of the base Pokémon for this form.';
COMMENT ON COLUMN pokedex.pokemon_forms.introduced_in_version_group_id IS 'The ID of the version group in which this form first appeared.';
COMMENT ON COLUMN pokedex.pokemon_forms.is_default IS 'Set for exactly one form used as the default for each pokemon (not necessarily species).';
COMMENT ON COLUMN pokedex.pokemon_forms.is_battle_only IS 'Set iff the form can only appear in battle.';
COMMENT ON COLUMN pokedex.pokemon_forms.is_mega IS 'Records whether this form is a Mega Evolution.';
COMMENT ON COLUMN pokedex.pokemon_forms.form_order IS 'The order in which forms should be sorted within a species'' forms. Multiple forms may have equal order, in which case they should fall back on sorting by name. Used in generating `pokemon_forms.order` and `pokemon.order`.';
COMMENT ON COLUMN pokedex.pokemon_forms."order" IS 'The order in which forms should be sorted within all forms. Multiple forms may have equal order, in which case they should fall back on sorting by name.';
COMMENT ON TABLE pokedex.pokemon_game_indices IS 'The number of a Pokémon a game uses internally.';
COMMENT ON COLUMN pokedex.pokemon_game_indices.pokemon_id IS 'Database ID of the Pokémon';
COMMENT ON COLUMN pokedex.pokemon_game_indices.version_id IS 'Database ID of the version';
COMMENT ON COLUMN pokedex.pokemon_game_indices.game_index IS 'Internal ID the version''s games use for the Pokémon';
COMMENT ON COLUMN pokedex.pokemon_habitat_names.pokemon_habitat_id IS 'ID of the pokemon_habitat these texts relate to';
COMMENT ON COLUMN pokedex.pokemon_habitat_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.pokemon_habitat_names.name IS 'The name';
COMMENT ON TABLE pokedex.pokemon_habitats IS 'The habitat of a Pokémon, as given in the FireRed/LeafGreen version Pokédex.';
COMMENT ON COLUMN pokedex.pokemon_habitats.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.pokemon_habitats.identifier IS 'An identifier';
COMMENT ON TABLE pokedex.pokemon_items IS 'Record of an item a Pokémon can hold in the wild.';
COMMENT ON COLUMN pokedex.pokemon_items.pokemon_id IS 'ID of the Pokémon';
COMMENT ON COLUMN pokedex.pokemon_items.version_id IS 'ID of the version this applies to';
COMMENT ON COLUMN pokedex.pokemon_items.item_id IS 'ID of the item';
COMMENT ON COLUMN pokedex.pokemon_items.rarity IS 'Chance of the Pokémon holding the item, in percent';
COMMENT ON COLUMN pokedex.pokemon_move_method_prose.pokemon_move_method_id IS 'ID of the pokemon_move_method these texts relate to';
COMMENT ON COLUMN pokedex.pokemon_move_method_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.pokemon_move_method_prose.name IS 'The name';
COMMENT ON COLUMN pokedex.pokemon_move_method_prose.description IS 'A detailed description of how the method works';
COMMENT ON TABLE pokedex.pokemon_move_methods IS 'A method a move can be learned by, such as "Level up" or "Tutor".';
COMMENT ON COLUMN pokedex.pokemon_move_methods.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.pokemon_move_methods.identifier IS 'An identifier';
COMMENT ON TABLE pokedex.pokemon_moves IS 'Record of a move a Pokémon can learn.';
COMMENT ON COLUMN pokedex.pokemon_moves.pokemon_id IS 'ID of the Pokémon';
COMMENT ON COLUMN pokedex.pokemon_moves.version_group_id IS 'ID of the version group this applies to';
COMMENT ON COLUMN pokedex.pokemon_moves.move_id IS 'ID of the move';
COMMENT ON COLUMN pokedex.pokemon_moves.pokemon_move_method_id IS 'ID of the method this move is learned by';
COMMENT ON COLUMN pokedex.pokemon_moves.level IS 'Level the move is learned at, if applicable';
COMMENT ON COLUMN pokedex.pokemon_moves."order" IS 'The order which moves learned at the same level are learned in';
COMMENT ON COLUMN pokedex.pokemon_shape_prose.pokemon_shape_id IS 'ID of the pokemon_shape these texts relate to';
COMMENT ON COLUMN pokedex.pokemon_shape_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.pokemon_shape_prose.name IS 'The name';
COMMENT ON COLUMN pokedex.pokemon_shape_prose.awesome_name IS 'A splendiferous name of the body shape';
COMMENT ON COLUMN pokedex.pokemon_shape_prose.description IS 'A detailed description of the body shape';
COMMENT ON TABLE pokedex.pokemon_shapes IS 'The shape of a Pokémon''s body. Used for flavor in generation IV and V Pokédexes.';
COMMENT ON COLUMN pokedex.pokemon_shapes.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.pokemon_shapes.identifier IS 'An identifier';
COMMENT ON TABLE pokedex.pokemon_species IS 'A Pokémon species: the standard 1–151. Or 649. Whatever. ID matches the National Pokédex number of the species.';
COMMENT ON COLUMN pokedex.pokemon_species.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.pokemon_species.generation_id IS 'ID of the generation this species first appeared in';
COMMENT ON COLUMN pokedex.pokemon_species.evolves_from_species_id IS 'The species from which this one evolves';
COMMENT ON COLUMN pokedex.pokemon_species.evolution_chain_id IS 'ID of the species'' evolution chain (a.k.a. family)';
COMMENT ON COLUMN pokedex.pokemon_species.color_id IS 'ID of this Pokémon''s Pokédex color, as used for a gimmick search function in the games.';
COMMENT ON COLUMN pokedex.pokemon_species.shape_id IS 'ID of this Pokémon''s body shape, as used for a gimmick search function in the games.';
COMMENT ON COLUMN pokedex.pokemon_species.habitat_id IS 'ID of this Pokémon''s habitat, as used for a gimmick search function in the games.';
COMMENT ON COLUMN pokedex.pokemon_species.gender_rate IS 'The chance of this Pokémon being female, in eighths; or -1 for genderless';
COMMENT ON COLUMN pokedex.pokemon_species.capture_rate IS 'The base capture rate; up to 255';
COMMENT ON COLUMN pokedex.pokemon_species.base_happiness IS 'The tameness when caught by a normal ball';
COMMENT ON COLUMN pokedex.pokemon_species.is_baby IS 'True iff the Pokémon is a baby, i.e. a lowest-stage Pokémon that cannot breed but whose evolved form can.';
COMMENT ON COLUMN pokedex.pokemon_species.hatch_counter IS 'Initial hatch counter: one must walk 255 × (hatch_counter + 1) steps before this Pokémon''s egg hatches, unless utilizing bonuses like Flame Body''s';
COMMENT ON COLUMN pokedex.pokemon_species.has_gender_differences IS 'Set iff the species exhibits enough sexual dimorphism to have separate sets of sprites in Gen IV and beyond.';
COMMENT ON COLUMN pokedex.pokemon_species.growth_rate_id IS 'ID of the growth rate for this family';
COMMENT ON COLUMN pokedex.pokemon_species.forms_switchable IS 'True iff a particular individual of this species can switch between its different forms.';
COMMENT ON COLUMN pokedex.pokemon_species.is_legendary IS 'True iff the Pokémon is a legendary Pokémon.';
COMMENT ON COLUMN pokedex.pokemon_species.is_mythical IS 'True iff the Pokémon is a mythical Pokémon.';
COMMENT ON COLUMN pokedex.pokemon_species."order" IS 'The order in which species should be sorted. Based on National Dex order, except families are grouped together and sorted by stage.';
COMMENT ON COLUMN pokedex.pokemon_species.conquest_order IS 'The order in which species should be sorted for Pokémon Conquest-related tables. Matches gallery order.';
COMMENT ON COLUMN pokedex.pokemon_species_flavor_summaries.pokemon_species_id IS 'ID of the pokemon_species these texts relate to';
COMMENT ON COLUMN pokedex.pokemon_species_flavor_summaries.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.pokemon_species_flavor_summaries.flavor_summary IS 'Text containing facts from all flavor texts, for languages without official game translations';
COMMENT ON TABLE pokedex.pokemon_species_flavor_text IS 'In-game Pokédex description of a Pokémon.';
COMMENT ON COLUMN pokedex.pokemon_species_flavor_text.species_id IS 'ID of the Pokémon';
COMMENT ON COLUMN pokedex.pokemon_species_flavor_text.version_id IS 'ID of the version that has this flavor text';
COMMENT ON COLUMN pokedex.pokemon_species_flavor_text.language_id IS 'The language';
COMMENT ON COLUMN pokedex.pokemon_species_flavor_text.flavor_text IS 'The flavor text';
COMMENT ON COLUMN pokedex.pokemon_species_names.pokemon_species_id IS 'ID of the pokemon_species these texts relate to';
COMMENT ON COLUMN pokedex.pokemon_species_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.pokemon_species_names.name IS 'The name';
COMMENT ON COLUMN pokedex.pokemon_species_names.genus IS 'The short flavor text, such as "Seed" or "Lizard"; usually affixed with the word "Pokémon"';
COMMENT ON COLUMN pokedex.pokemon_species_prose.pokemon_species_id IS 'ID of the pokemon_species these texts relate to';
COMMENT ON COLUMN pokedex.pokemon_species_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.pokemon_species_prose.form_description IS 'Description of how the forms work';
COMMENT ON TABLE pokedex.pokemon_stats IS 'A stat value of a Pokémon.';
COMMENT ON COLUMN pokedex.pokemon_stats.pokemon_id IS 'ID of the Pokémon';
COMMENT ON COLUMN pokedex.pokemon_stats.stat_id IS 'ID of the stat';
COMMENT ON COLUMN pokedex.pokemon_stats.base_stat IS 'The base stat';
COMMENT ON COLUMN pokedex.pokemon_stats.effort IS 'The effort increase in this stat gained when this Pokémon is defeated';
COMMENT ON TABLE pokedex.pokemon_types IS 'Maps a type to a Pokémon. Each Pokémon has 1 or 2 types.';
COMMENT ON COLUMN pokedex.pokemon_types.pokemon_id IS 'ID of the Pokémon';
COMMENT ON COLUMN pokedex.pokemon_types.type_id IS 'ID of the type';
COMMENT ON COLUMN pokedex.pokemon_types.slot IS 'The type''s slot, 1 or 2, used to sort types if there are two of them';
COMMENT ON COLUMN pokedex.region_names.region_id IS 'ID of the region these texts relate to';
COMMENT ON COLUMN pokedex.region_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.region_names.name IS 'The name';
COMMENT ON TABLE pokedex.regions IS 'Major areas of the world: Kanto, Johto, etc.';
COMMENT ON COLUMN pokedex.regions.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.regions.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.stat_names.stat_id IS 'ID of the stat these texts relate to';
COMMENT ON COLUMN pokedex.stat_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.stat_names.name IS 'The name';
COMMENT ON TABLE pokedex.stats IS 'A Stat, such as Attack or Speed.';
COMMENT ON COLUMN pokedex.stats.id IS 'A numeric ID';
COMMENT ON COLUMN pokedex.stats.damage_class_id IS 'For offensive and defensive stats, the damage this stat relates to; otherwise None (the NULL value)';
COMMENT ON COLUMN pokedex.stats.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.stats.is_battle_only IS 'Whether this stat only exists within a battle';
COMMENT ON COLUMN pokedex.stats.game_index IS 'The stat order the games use internally for the persistent stats. NULL for battle-only stats.';
COMMENT ON TABLE pokedex.super_contest_combos IS 'Combo of two moves in a Super Contest.';
COMMENT ON COLUMN pokedex.super_contest_combos.first_move_id IS 'The ID of the first move in the combo.';
COMMENT ON COLUMN pokedex.super_contest_combos.second_move_id IS 'The ID of the second and last move.';
COMMENT ON COLUMN pokedex.super_contest_effect_prose.super_contest_effect_id IS 'ID of the super_contest_effect these texts relate to';
COMMENT ON COLUMN pokedex.super_contest_effect_prose.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.super_contest_effect_prose.flavor_text IS 'A description of the effect.';
COMMENT ON TABLE pokedex.super_contest_effects IS 'An effect a move can have when used in the Super Contest.';
COMMENT ON COLUMN pokedex.super_contest_effects.id IS 'This effect''s unique ID.';
COMMENT ON COLUMN pokedex.super_contest_effects.appeal IS 'The number of hearts the user gains.';
COMMENT ON TABLE pokedex.type_efficacy IS 'The damage multiplier used when a move of a particular type damages a Pokémon of a particular other type.';
COMMENT ON COLUMN pokedex.type_efficacy.damage_type_id IS 'The ID of the damaging move''s type.';
COMMENT ON COLUMN pokedex.type_efficacy.target_type_id IS 'The ID of the defending Pokémon''s type.';
COMMENT ON COLUMN pokedex.type_efficacy.damage_factor IS 'The multiplier, as a percentage of damage inflicted.';
COMMENT ON TABLE pokedex.type_game_indices IS 'The internal ID number a game uses for a type.';
COMMENT ON COLUMN pokedex.type_game_indices.type_id IS 'The type';
COMMENT ON COLUMN pokedex.type_game_indices.generation_id IS 'The generation';
COMMENT ON COLUMN pokedex.type_game_indices.game_index IS 'Internal ID of the type in this generation';
COMMENT ON COLUMN pokedex.type_names.type_id IS 'ID of the type these texts relate to';
COMMENT ON COLUMN pokedex.type_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.type_names.name IS 'The name';
COMMENT ON TABLE pokedex.types IS 'Any of the elemental types Pokémon and moves can have.';
COMMENT ON COLUMN pokedex.types.id IS 'A unique ID for this type.';
COMMENT ON COLUMN pokedex.types.identifier IS 'An identifier';
COMMENT ON COLUMN pokedex.types.generation_id IS 'The ID of the generation this type first appeared in.';
COMMENT ON COLUMN pokedex.types.damage_class_id IS 'The ID of the damage class this type''s moves had before Generation IV, null if not applicable (e.g. ???).';
COMMENT ON TABLE pokedex.version_group_pokemon_move_methods IS 'Maps a version group to a move learn methods it supports. "Supporting" means simply that the method appears in the game. For example, Breeding didn''t exist in Gen.I, so it''s not in this table.';
COMMENT ON COLUMN pokedex.version_group_pokemon_move_methods.version_group_id IS 'The ID of the version group.';
COMMENT ON COLUMN pokedex.version_group_pokemon_move_methods.pokemon_move_method_id IS 'The ID of the move method.';
COMMENT ON TABLE pokedex.version_group_regions IS 'Maps a version group to a region that appears in it.';
COMMENT ON COLUMN pokedex.version_group_regions.version_group_id IS 'The ID of the version group.';
COMMENT ON COLUMN pokedex.version_group_regions.region_id IS 'The ID of the region.';
COMMENT ON TABLE pokedex.version_groups IS 'A group of versions, containing either two paired versions (such as Red and Blue) or a single game (such as Yellow).';
COMMENT ON COLUMN pokedex.version_groups.id IS 'This version group''s unique ID.';
COMMENT ON COLUMN pokedex.version_groups.identifier IS 'This version group''s unique textual identifier.';
COMMENT ON COLUMN pokedex.version_groups.generation_id IS 'The ID of the generation the games in this group belong to.';
COMMENT ON COLUMN pokedex.version_groups."order" IS 'Order for sorting. Almost by date of release, except similar versions are grouped together.';
COMMENT ON COLUMN pokedex.version_names.version_id IS 'ID of the version these texts relate to';
COMMENT ON COLUMN pokedex.version_names.local_language_id IS 'Language these texts are in';
COMMENT ON COLUMN pokedex.version_names.name IS 'The name';
COMMENT ON TABLE pokedex.versions IS 'An individual main-series Pokémon game.';
COMMENT ON COLUMN pokedex.versions.id IS 'A unique ID for this version.';
COMMENT ON COLUMN pokedex.versions.version_group_id IS 'The ID of the version group this game belongs to.';
COMMENT ON COLUMN pokedex.versions.identifier IS 'An identifier';
