module example.com/scnofaildep

go 1.26
