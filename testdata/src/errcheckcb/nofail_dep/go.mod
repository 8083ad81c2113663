module example.com/nofaildep

go 1.26
