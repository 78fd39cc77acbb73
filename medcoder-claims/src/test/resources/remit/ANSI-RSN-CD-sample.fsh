CodeSystem: TEST_RSN_CD
Title: "Test reason codes in the FHIR Shorthand layout of the CMS Blue Button files"
* ^status = #active

* #1 "Test text for code 1"
* #A9 "Test text for code A9"
