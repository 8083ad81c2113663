module example.com/esdeplib

go 1.26
