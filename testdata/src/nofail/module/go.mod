module example.com/nofailmod

go 1.26
