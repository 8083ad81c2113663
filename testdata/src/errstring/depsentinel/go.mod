module example.com/esdep

go 1.26

require example.com/esdeplib v0.0.0

replace example.com/esdeplib => ../depsentinel_lib
