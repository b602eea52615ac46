-- One database per service, as in the local stack (platform/local-stack Components.postgres).
create database intake owner statushouders;
create database assessment owner statushouders;
create database trajecten owner statushouders;
create database werkgevers owner statushouders;
create database monitoring owner statushouders;
-- The key store (crypto-shredding): one data key per statushouder, apart from the business data.
create database sleutelkluis owner statushouders;
