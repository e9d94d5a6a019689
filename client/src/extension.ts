// placeholder: replaced by the client issue
