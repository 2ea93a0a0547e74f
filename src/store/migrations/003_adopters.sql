-- The adopters of an adopted child, as the SSDA903 AD1 table records them.
ALTER TABLE adoption ADD COLUMN number_of_adopters text;
ALTER TABLE adoption ADD COLUMN adopter_sexes text;
ALTER TABLE adoption ADD COLUMN adopter_legal_status text;
