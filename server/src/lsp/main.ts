// placeholder: replaced by the server issue
