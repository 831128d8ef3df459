-- The names PostgreSQL chooses: numbered on collision across a schema, cut to 63 bytes.
CREATE TABLE t (id int PRIMARY KEY, a_b int UNIQUE, x int);
CREATE TABLE t_a (id int PRIMARY KEY, b int REFERENCES t (id), x int);
CREATE TABLE t_a_b (id int PRIMARY KEY);
ALTER TABLE t ADD FOREIGN KEY (a_b) REFERENCES t (id);
ALTER TABLE t ADD FOREIGN KEY (a_b) REFERENCES t_a (id);
ALTER TABLE t ADD FOREIGN KEY (x) REFERENCES t_a_b (id);
CREATE TABLE a_very_long_table_name_that_goes_on_and_on_and_on_for_ever_more (
    id int PRIMARY KEY,
    a_column_with_a_long_name_as_well_which_needs_cutting int,
    another_column_with_a_long_name_also_in_need_of_cutting int,
    UNIQUE (a_column_with_a_long_name_as_well_which_needs_cutting, another_column_with_a_long_name_also_in_need_of_cutting)
);
ALTER TABLE a_very_long_table_name_that_goes_on_and_on_and_on_for_ever_more
    ADD FOREIGN KEY (a_column_with_a_long_name_as_well_which_needs_cutting) REFERENCES t,
    ADD FOREIGN KEY (a_column_with_a_long_name_as_well_which_needs_cutting) REFERENCES t;
CREATE TABLE größenverhältnisse_der_bestellungen_und_kunden_überall_in_europa (
    größe_id int REFERENCES t,
    CHECK (größe_id > 0)
);
CREATE TABLE checks (a int, b int, CHECK (a > 0), CHECK (a > b), CHECK (b > 0), CHECK (b > 1), CHECK (true));
